// What the user is told when the app cannot start or show its page, in the app's two languages:
// a packaged app has no console, so these are the only words anyone will see.
import type { Language } from '../common/dataset/schema'

export const STARTUP_MESSAGES = {
  en: {
    fatalTitle: 'Messenger Privacy could not start',
    fatal:
      'Something went wrong while starting: {{detail}}\n\nYour settings and data were not changed. Start the app again; if this keeps happening, install a fresh copy.',
    loadFailedTitle: 'The app’s page could not be shown',
    loadFailed:
      'The page inside the app failed to load ({{detail}}). Close the app and start it again; if this keeps happening, install a fresh copy.',
    invalidDataTitle: 'This copy of the app is damaged',
    invalidData:
      'The comparison data built into this copy could not be read, so the app will close rather than show wrong answers.\n\n{{detail}}\n\nInstall a fresh copy from the people who gave you this app.'
  },
  ru: {
    fatalTitle: 'Не удалось запустить «Мессенджеры и приватность»',
    fatal:
      'При запуске произошла ошибка: {{detail}}\n\nВаши настройки и данные не изменены. Запустите приложение ещё раз; если ошибка повторяется, установите его заново.',
    loadFailedTitle: 'Не удалось показать страницу приложения',
    loadFailed:
      'Страница внутри приложения не загрузилась ({{detail}}). Закройте приложение и запустите его снова; если ошибка повторяется, установите его заново.',
    invalidDataTitle: 'Эта копия приложения повреждена',
    invalidData:
      'Данные сравнения, встроенные в эту копию, не читаются, поэтому приложение закроется, чтобы не показывать неверные ответы.\n\n{{detail}}\n\nУстановите новую копию от тех, кто дал вам это приложение.'
  }
} satisfies Record<Language, Record<string, string>>

export type StartupMessage = 'fatal' | 'loadFailed' | 'invalidData'

/** The title and text of one message, with its detail filled in. */
export function startupMessage(language: Language, message: StartupMessage, detail: string): { title: string; text: string } {
  const words = STARTUP_MESSAGES[language]
  return { title: words[`${message}Title`], text: words[message].replace('{{detail}}', detail) }
}
