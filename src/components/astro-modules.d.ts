/**
 * `.astro` imports from `.ts` files, for `tsc` (Astro's editor plugin types them in editors; the
 * compiler itself has no declaration for them).
 */
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
