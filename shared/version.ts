/** The product's version, shown in Help > About and printed by `cli version`. Keep in step with package.json. */
export const appVersion = '0.1.0';
export const appName = 'Kodebok';
