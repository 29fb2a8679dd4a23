// Both editions read saved settings with these rules; main checks every save with the zod schema.
// The two must agree, and a bad field must never cost the good ones.
import { describe, expect, it } from 'vitest'
import { SettingsSchema, type Settings } from './settings'
import { DEFAULT_SETTINGS } from './settings-defaults'
import { sanitiseSettings, settingsFileContent, SETTINGS_VERSION } from './settings-sanitise'

const valid: Required<Settings> = {
  language: 'ru',
  theme: 'dark',
  hiddenMessengers: ['max'],
  addedMessengers: ['threema'],
  areaFilter: 'encryption',
  selectedConcerns: ['private-calls'],
  checklistTicks: { 'telegram/two-step': true }
}

const invalidValues: Record<keyof typeof valid, unknown> = {
  language: 'de',
  theme: 'neon',
  hiddenMessengers: ['Not An Id'],
  addedMessengers: 'threema',
  areaFilter: 42,
  selectedConcerns: 'private-calls',
  checklistTicks: { 'no slash': true }
}

describe('reading saved settings', () => {
  it('keeps every valid field and names each invalid one, which goes back to its default', () => {
    for (const field of Object.keys(invalidValues) as (keyof typeof valid)[]) {
      const read = sanitiseSettings({ ...valid, [field]: invalidValues[field] })!
      expect(read.dropped, field).toEqual([field])
      const { [field]: _bad, ...rest } = valid
      expect(read.settings, field).toMatchObject(rest)
    }
  })

  it('keeps the valid entries of a list or the ticks when one entry is bad', () => {
    const read = sanitiseSettings({ ...valid, hiddenMessengers: ['max', 'Not An Id'], checklistTicks: { 'a/b': true, bad: true } })!
    expect(read.settings.hiddenMessengers).toEqual(['max'])
    expect(read.settings.checklistTicks).toEqual({ 'a/b': true })
    expect(read.dropped).toEqual(['hiddenMessengers', 'checklistTicks'])
  })

  it('migrates a version-1 file (with the old priorities) without losing or reporting anything', () => {
    const read = sanitiseSettings({ ...valid, weightOverrides: { 'e2ee-calls': 2 } })!
    expect(read).toEqual({ settings: valid, dropped: [], ignored: [] })
  })

  it('ignores, and reports apart, fields it does not know (perhaps from a newer version)', () => {
    expect(sanitiseSettings({ ...valid, fontSize: 'large', version: 9 })).toEqual({ settings: valid, dropped: [], ignored: ['fontSize'] })
  })

  it('ignores own-property tricks such as __proto__ and constructor', () => {
    const read = sanitiseSettings(JSON.parse('{"__proto__": {"theme": "dark"}, "constructor": 1}'))!
    expect(read.settings.theme).toBe(DEFAULT_SETTINGS.theme)
    expect(read.dropped).toEqual([])
  })

  it('is not fooled by something that is not a settings object', () => {
    for (const raw of [null, [1, 2], 'dark', 3]) expect(sanitiseSettings(raw)).toBeNull()
  })

  it('agrees with the schema main checks saves against: valid passes both, each invalid field fails both', () => {
    expect(SettingsSchema.safeParse(valid).success).toBe(true)
    expect(sanitiseSettings(valid)!.dropped).toEqual([])
    for (const field of Object.keys(invalidValues) as (keyof typeof valid)[]) {
      const broken = { ...valid, [field]: invalidValues[field] }
      expect(SettingsSchema.safeParse(broken).success, field).toBe(false)
      expect(sanitiseSettings(broken)!.dropped, field).toEqual([field])
    }
  })

  it('writes the version with the settings, and reads back what it wrote', () => {
    const content = settingsFileContent(valid)
    expect(content.version).toBe(SETTINGS_VERSION)
    expect(sanitiseSettings(JSON.parse(JSON.stringify(content)))).toEqual({ settings: valid, dropped: [], ignored: [] })
  })
})
