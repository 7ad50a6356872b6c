// Shared by vite-plugin-svelte, svelte-check and svelte-package.
export default {
  compilerOptions: {
    // Runes everywhere: no legacy reactive statements in this codebase.
    runes: true
  }
};
