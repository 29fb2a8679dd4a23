// The application menu's words, in the app's two languages.
import type { Language } from '../common/dataset/schema'

export const MENU_LABELS = {
  en: {
    file: 'File', importPack: 'Import data pack…', savePdf: 'Save handout as PDF…', print: 'Print handout…', export: 'Export comparison',
    csv: 'CSV…', json: 'JSON…', markdown: 'Markdown…', quit: 'Quit',
    view: 'View', language: 'Language', theme: 'Theme', system: 'Like the system', light: 'Light', dark: 'Dark',
    comparison: 'Comparison', present: 'Presentation mode', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size', fullScreen: 'Full screen',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
    window: 'Window', minimize: 'Minimise', zoom: 'Zoom', front: 'Bring all to front', close: 'Close window',
    help: 'Help', methodology: 'Methodology', about: 'About Messenger Privacy', report: 'Report an error…',
    aboutTitle: 'About Messenger Privacy', aboutDetail: 'App {{app}} (Electron {{electron}})\nDataset {{dataset}} of {{date}} ({{origin}})'
  },
  ru: {
    file: 'Файл', importPack: 'Загрузить пакет данных…', savePdf: 'Сохранить раздаточный материал в PDF…', print: 'Печать раздаточного материала…',
    export: 'Экспорт сравнения', csv: 'CSV…', json: 'JSON…', markdown: 'Markdown…', quit: 'Выход',
    view: 'Вид', language: 'Язык', theme: 'Тема', system: 'Как в системе', light: 'Светлая', dark: 'Тёмная',
    comparison: 'Сравнение', present: 'Режим презентации', zoomIn: 'Увеличить', zoomOut: 'Уменьшить', resetZoom: 'Исходный размер', fullScreen: 'Во весь экран',
    edit: 'Правка', undo: 'Отменить', redo: 'Повторить', cut: 'Вырезать', copy: 'Копировать', paste: 'Вставить', selectAll: 'Выделить всё',
    window: 'Окно', minimize: 'Свернуть', zoom: 'Изменить масштаб окна', front: 'Все окна — на передний план', close: 'Закрыть окно',
    help: 'Справка', methodology: 'Методика', about: 'О программе', report: 'Сообщить об ошибке…',
    aboutTitle: 'О программе', aboutDetail: 'Приложение {{app}} (Electron {{electron}})\nДанные {{dataset}} от {{date}} ({{origin}})'
  }
} satisfies Record<Language, Record<string, string>>

export type MenuLabels = (typeof MENU_LABELS)['en']
