/** @type {import('tailwindcss').Config} */
export default {
  // Relative to this file, not to the directory a build is started from.
  content: { relative: true, files: ['./src/**/*.{astro,ts,mjs}'] },
  theme: {
    extend: {
      colors: {
        // Union blue and a warm accent; contrast ≥ 4.5:1 on white for text.
        brand: { DEFAULT: '#0b4f9c', dark: '#083a73', light: '#e8f0fa' },
        accent: { DEFAULT: '#b3261e' },
      },
      fontFamily: {
        // System fonts only: no web font download, full Vietnamese coverage.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', 'Arial', 'sans-serif'],
      },
    },
  },
  plugins: [],
};
