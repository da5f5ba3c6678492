/**
 * The widget's stylesheet, inside its shadow root, so host-page CSS cannot reach in (as with the real
 * widget's cross-origin iframe). Sizing follows the real widget: the element has no height of its
 * own, and its UI fills the box the host page gives it. `:host` sets no `display`, so the element stays
 * `inline` like any unknown element; whether the real one is inline or block is [G]. An unsized host
 * therefore shows no usable UI; `display:block; height:600px` shows a 600px tall one.
 */
export const styles = `
:host{position:relative}
:host([hidden]){display:none}
[hidden]{display:none!important}
.ck{position:absolute;inset:0;overflow:hidden;display:flex;flex-direction:column;box-sizing:border-box;
background:var(--ck-surface-background);color:var(--ck-surface-foreground);color-scheme:light;
font:var(--ck-font-size)/1.5 var(--ck-font-family);--ck-muted:color-mix(in srgb,currentColor 60%,transparent)}
.ck[data-color-scheme=dark]{color-scheme:dark}
.ck *{box-sizing:border-box;font:inherit;color:inherit}
button,.ck-attach{cursor:pointer;border:1px solid var(--ck-border);border-radius:var(--ck-radius);background:none;padding:4px 12px}
.ck-primary{background:var(--ck-accent);color:var(--ck-surface-background);border-color:var(--ck-accent)}
button:disabled{opacity:.5;cursor:default}
:focus-visible,.ck-attach:focus-within{outline:2px solid var(--ck-accent);outline-offset:2px}
.ck-bar{display:flex;align-items:center;gap:var(--ck-space);padding:var(--ck-space);border-bottom:1px solid var(--ck-border)}
.ck-title{flex:1;margin:0;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ck-badge{margin-left:auto;font-size:.75em;padding:2px 8px;border:1px dashed currentColor;border-radius:999px;white-space:nowrap}
.ck-history{border-bottom:1px solid var(--ck-border);padding:var(--ck-space);max-height:40%;overflow:auto}
.ck-history ul,.ck-thread,.ck-chips{list-style:none;margin:0;padding:0}
.ck-body{flex:1;min-height:0;overflow:auto;padding:var(--ck-space);display:flex;flex-direction:column;gap:var(--ck-space)}
.ck-start{margin:auto;text-align:center}
.ck-greeting{font-size:1.4em;margin:0 0 var(--ck-space)}
.ck-prompts{display:flex;flex-wrap:wrap;gap:var(--ck-space);justify-content:center}
.ck-thread{display:flex;flex-direction:column;gap:var(--ck-space)}
.ck-msg{white-space:pre-wrap;overflow-wrap:anywhere}
.ck-msg[data-role=user]{align-self:flex-end;max-width:80%;padding:6px 12px;border-radius:calc(var(--ck-radius)/2 + 6px);background:color-mix(in srgb,var(--ck-accent) 12%,transparent)}
.ck-msg ul{font-size:.85em;color:var(--ck-muted)}
.ck-alert{border:1px solid #d32f2f;border-radius:8px;padding:var(--ck-space);white-space:pre-line}
.ck-alert p{margin:0 0 4px}
.ck-alert[data-level=info]{border-color:var(--ck-border)}
.ck-alert[data-level=warning]{border-color:#b26a00}
.ck-card,.ck-w-list{border:1px solid var(--ck-border);border-radius:12px;padding:var(--ck-space);margin:0;list-style:none}
.ck-card,.ck-w-col{display:flex;flex-direction:column;gap:var(--ck-space)}
.ck-w-row{display:flex;align-items:center;gap:var(--ck-space);width:100%;text-align:start}
.ck-w-title{margin:0;font-size:1.15em;font-weight:600}
.ck-card p,.ck-w-md{margin:0;white-space:pre-wrap}
.ck-w-caption,.ck-w-unknown{font-size:.85em;color:var(--ck-muted)}
.ck-w-badge{font-size:.8em;padding:0 8px;border:1px solid currentColor;border-radius:999px}
.ck-w-spacer{flex:1}
.ck-widget img{max-width:100%}
[inert]{opacity:.6}
.ck-widget hr{width:100%;border:0;border-top:1px solid var(--ck-border)}
.ck-status{color:var(--ck-muted)}
.ck-composer{display:flex;flex-wrap:wrap;gap:var(--ck-space);align-items:flex-end;padding:var(--ck-space);border-top:1px solid var(--ck-border)}
.ck-composer textarea{flex:1 1 60%;min-height:2.6em;resize:none;padding:8px 12px;border:1px solid var(--ck-border);border-radius:calc(var(--ck-radius)/2 + 8px);background:none}
.ck-composer .ck-alert,.ck-chips{flex-basis:100%}
.ck-chips{display:flex;flex-wrap:wrap;gap:4px}
.ck-chips li{border:1px solid var(--ck-border);border-radius:999px;padding:0 0 0 8px}
.ck-chips button{border:0}
.ck-attach input{position:absolute;width:1px;height:1px;opacity:0}
.ck-disclaimer{margin:0;padding:0 var(--ck-space) var(--ck-space);font-size:.8em;color:var(--ck-muted)}
.ck-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
