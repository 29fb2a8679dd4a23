// Names shared by the prerender step, the boot script and the app entry.
export const PRERENDERED_ATTRIBUTE = 'data-prerendered'
export const prerenderTemplateId = (language: string) => `prerendered-${language}`
