// Styles for the inside of our closed shadow root. Page CSS cannot reach in; `:host` is reset by the
// host's inline style. Sizes are in px, because rem would follow the page's root font size.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.list { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.li { display: contents; }
.m {
  position: absolute; top: 0; left: 0; width: 24px; height: 24px; margin: 0; padding: 0;
  border: 0; border-radius: 50%; background: transparent; cursor: pointer; pointer-events: auto;
  display: flex; align-items: center; justify-content: center;
}
.dot {
  width: 16px; height: 16px; border: 1.5px solid #fff; border-radius: 50%;
  font: 700 10px/13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; text-align: center;
  box-shadow: 0 1px 3px rgba(0,0,0,.35);
}
.m.high .dot { background: #b3261e; }
.m.medium .dot { background: #b26a00; }
.m.info .dot { background: #4a5d7e; }
.m:focus-visible, .m[aria-expanded="true"] { outline: 3px solid #1a73e8; outline-offset: -1px; }
.card {
  position: absolute; top: 0; left: 0; max-height: 80vh; overflow: auto; pointer-events: auto;
  background: #fff; color: #1d1d1f; border: 1px solid #c9c9cf; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 0 14px 12px;
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.card[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 -14px 8px; padding: 7px 10px 7px 14px; border-radius: 7px 7px 0 0; color: #fff; }
.head.high { background: #b3261e; } .head.medium { background: #b26a00; } .head.info { background: #4a5d7e; }
.sev { font-weight: 700; } .brand { opacity: .85; font-size: 12px; flex: 1; }
.x { all: unset; cursor: pointer; font-size: 18px; line-height: 18px; padding: 0 4px; border-radius: 4px; }
.x:focus-visible { outline: 2px solid #fff; }
.msg { font-weight: 700; font-size: 14px; margin: 4px 0 6px; }
.why, .legal, .status { margin: 0 0 6px; }
.why { color: #333; }
.status { font-weight: 600; }
.legal { color: #333; font-size: 12.5px; }
.h { font-weight: 700; margin: 8px 0 2px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
a { color: #0b57d0; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #5f6368; }
  .why, .legal, .status { color: #e8eaed; } .h { color: #bdc1c6; } a { color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .12s; } }
`;
