// The dataset, validated and assembled from data/ at build time by the Vite and esbuild plugins.
declare module 'virtual:dataset' {
  const dataset: import('./dataset/schema').Dataset
  export default dataset
}
