/// <reference types="vite/client" />
declare const __EXOCHECK_VERSION__: string;
declare module '*?raw' {
  const text: string;
  export default text;
}
