// The dataset, validated and assembled from data/ at build time by the Vite and esbuild plugins.
declare module 'virtual:dataset' {
  const dataset: import('../data/schema').Dataset
  export default dataset
}
