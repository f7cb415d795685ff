/// The watch page: one HTML document with inline style and script that follows `/events`
/// (server-sent events, each carrying the whole `PreviewState` as JSON) and redraws without a
/// reload. Text from the inputs is only ever set through `textContent` and style properties.
enum PreviewPage {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <title>brandc watch</title>
        <style>
        body{margin:0;font:15px/1.45 system-ui,"Noto Sans",sans-serif;color:#1b1f24;background:#f3f4f6}
        header,main{max-width:1100px;margin:0 auto;padding:0 16px}
        h1{font-size:1.3rem;margin:12px 0 4px}
        #status{padding:6px 10px;border-radius:4px;background:#e6f4ea;color:#0d652d}
        #status.failed{background:#fce8e6;color:#a50e0e}
        #diagnostics{list-style:none;padding:0}
        #diagnostics li{font-family:ui-monospace,monospace;font-size:.85rem;padding:2px 0;white-space:pre-wrap}
        #diagnostics .error{color:#a50e0e}
        #diagnostics .warning{color:#7a4b00}
        section.prompt{background:#fff;border:1px solid #c9ced6;border-radius:6px;padding:10px;margin:12px 0}
        section.prompt.stale{opacity:.75;border-style:dashed}
        h2{font-size:1.1rem;margin:0 0 6px}
        ul.blocks{list-style:none;padding:0}
        ul.blocks li{border-left:3px solid #0b57d0;padding:2px 6px;margin:4px 0}
        ul.blocks li[dir=rtl]{border-left:0;border-right:3px solid #0b57d0}
        ul.blocks .role{display:block;font:12px system-ui,sans-serif;color:#4a5260}
        ul.blocks .text{font-size:1.2rem}
        ul.blocks li.vertical .text{writing-mode:vertical-rl;display:inline-block;max-height:12em}
        table{border-collapse:collapse;font-size:.85rem}
        td,th{border-bottom:1px solid #e5e7eb;padding:2px 8px;text-align:left}
        td.n{text-align:right}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem;background:#f6f8fa;padding:6px}
        meter{width:100%}
        </style>
        </head>
        <body data-version="0">
        <header><h1>brandc watch</h1><p id="status" role="status">waiting for the first compile…</p>
        <h2>Diagnostics</h2><ul id="diagnostics" aria-live="polite"></ul></header>
        <main id="prompts"></main>
        <script>
        (function(){
        "use strict";
        function el(tag,text,cls){var e=document.createElement(tag);if(text!==undefined&&text!==null)e.textContent=text;if(cls)e.className=cls;return e;}
        function shorten(json){
          try{return JSON.stringify(JSON.parse(json),function(k,v){return typeof v==="string"&&v.length>240?v.slice(0,80)+"… ("+v.length+" characters)":v;},2);}catch(e){return json;}
        }
        function render(state){
          var status=document.getElementById("status");
          status.className=state.ok?"":"failed";
          status.textContent=state.ok
            ?"compiled in "+state.compileMilliseconds.toFixed(1)+" ms, "+state.prompts.length+" request(s); watching "+state.watching.length+" file(s)"
            :(state.stale?"the last save has errors: showing the last good preview":"the inputs have errors: nothing to preview yet");
          var list=document.getElementById("diagnostics");list.textContent="";
          state.diagnostics.forEach(function(d){list.appendChild(el("li",(d.location?d.location+": ":"")+d.severity+": "+d.message+" ["+d.code+"]",d.severity));});
          if(state.diagnostics.length===0)list.appendChild(el("li","no diagnostics","none"));
          var main=document.getElementById("prompts");main.textContent="";
          state.prompts.forEach(function(p){
            var s=el("section",null,"prompt"+(state.stale?" stale":""));s.setAttribute("data-name",p.name);
            s.appendChild(el("h2",p.name));
            s.appendChild(el("p",[p.locale,p.route,p.model].filter(Boolean).join(" · ")));
            if(p.textBlocks.length){
              s.appendChild(el("h3","Text blocks"));
              var ul=el("ul",null,"blocks");
              p.textBlocks.forEach(function(b){
                var li=el("li",null,b.layout==="vertical"?"vertical":"");li.lang=b.language;li.dir=b.direction==="rtl"?"rtl":"ltr";
                li.setAttribute("data-script",b.script);if(b.font)li.style.fontFamily=JSON.stringify(b.font)+",system-ui,sans-serif";
                li.appendChild(el("span",b.role+(b.font?" · "+b.font:""),"role"));li.appendChild(el("span",b.text,"text"));ul.appendChild(li);
              });
              s.appendChild(ul);
            }
            if(p.budget){
              s.appendChild(el("h3","Budget: "+p.budget.used+" of "+p.budget.available+" tokens"));
              var m=el("meter");m.min=0;m.max=p.budget.available;m.value=p.budget.used;s.appendChild(m);
              var t=el("table"),head=el("tr");["section","tokens","state"].forEach(function(h){head.appendChild(el("th",h));});t.appendChild(head);
              p.budget.sections.forEach(function(x){var r=el("tr");r.appendChild(el("td",x.name));r.appendChild(el("td",String(x.tokens),"n"));r.appendChild(el("td",x.state));t.appendChild(r);});
              s.appendChild(t);
            }
            s.appendChild(el("h3","Prompt"));s.appendChild(el("pre",p.prompt,"rendered"));
            var rules=el("details");rules.appendChild(el("summary","Brand rules"));rules.appendChild(el("pre",p.systemInstruction));s.appendChild(rules);
            var req=el("details");req.appendChild(el("summary","Request JSON"));req.appendChild(el("pre",shorten(p.request),"request"));s.appendChild(req);
            main.appendChild(s);
          });
          document.body.setAttribute("data-version",String(state.version));
        }
        var source=new EventSource("/events");
        source.onmessage=function(e){render(JSON.parse(e.data));};
        })();
        </script>
        </body>
        </html>
        """
}
