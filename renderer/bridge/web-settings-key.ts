// Where the web edition keeps its settings in localStorage (read early by the boot script too).
export const WEB_SETTINGS_KEY = 'messenger-privacy:settings'
