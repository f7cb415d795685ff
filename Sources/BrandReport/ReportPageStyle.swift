/// The report's inline style sheet and script: nothing is loaded from anywhere else, so the page
/// works offline from the build folder. Colours keep at least 4.5:1 contrast on their background.
enum ReportPageStyle {
    static let css = """
        :root{color-scheme:light;--ink:#1b1f24;--muted:#4a5260;--line:#c9ced6;--card:#fff;--page:#f3f4f6;--accent:#0b57d0;--bad:#a50e0e;--ok:#0d652d}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 system-ui,"Noto Sans",sans-serif;color:var(--ink);background:var(--page)}
        header,nav.controls,main,section.rules{max-width:1400px;margin:0 auto;padding:0 16px}
        h1{font-size:1.5rem;margin:16px 0 8px}
        dl.totals{display:flex;flex-wrap:wrap;gap:8px 24px;margin:0 0 12px}
        dl.totals div{display:flex;flex-direction:column}
        dl.totals dt{color:var(--muted);font-size:.8rem}
        dl.totals dd{margin:0;font-size:1.2rem;font-weight:600}
        .note{color:var(--muted)}
        nav.controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;padding-bottom:12px}
        nav.controls label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
        select,button{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:4px;background:#fff;color:var(--ink)}
        button:disabled{color:#6b7280}
        main{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px;padding-bottom:24px}
        h2.group{grid-column:1/-1;font-size:1.1rem;margin:8px 0 0;border-bottom:1px solid var(--line)}
        article.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px;min-width:0}
        article.card[data-status=failed]{border-color:var(--bad)}
        article.card h3{font-size:1rem;margin:0 0 6px;overflow-wrap:anywhere}
        article.card h3 small{display:block;font-weight:400;color:var(--muted)}
        figure{margin:0 0 6px;background:#e5e7eb;aspect-ratio:1/1;display:flex;align-items:center;justify-content:center}
        figure img{max-width:100%;max-height:100%;object-fit:contain}
        figure .missing{color:var(--muted);padding:8px;text-align:center}
        dl.facts{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:0 0 6px;font-size:.85rem}
        dl.facts dt{color:var(--muted)}
        dl.facts dd{margin:0;overflow-wrap:anywhere}
        .failed{color:var(--bad)}
        meter{width:100%}
        ul.blocks{list-style:none;padding:0;margin:0 0 6px}
        ul.blocks li{border-left:3px solid var(--accent);padding:2px 6px;margin:4px 0}
        ul.blocks li[dir=rtl]{border-left:0;border-right:3px solid var(--accent)}
        ul.blocks .role{display:block;font:12px system-ui,sans-serif;color:var(--muted)}
        ul.blocks .text{font-size:1.1rem}
        ul.blocks li.vertical .text{writing-mode:vertical-rl;display:inline-block;max-height:12em}
        details{margin:4px 0}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem;background:#f6f8fa;padding:6px;margin:4px 0}
        ul.findings{margin:4px 0;padding-left:18px;font-size:.85rem}
        ul.findings .error{color:var(--bad)}
        p.links{margin:6px 0 0;font-size:.85rem;display:flex;gap:12px;flex-wrap:wrap}
        a{color:var(--accent)}
        """

    /// Filtering, grouping and paging over the cards already in the page. It reads only `data-`
    /// attributes and writes text through `textContent`, so nothing from the inputs is parsed as HTML.
    static let script = """
        (function(){
        "use strict";
        var cards=Array.prototype.slice.call(document.querySelectorAll("article.card"));
        var main=document.getElementById("cards");
        var size=parseInt(main.getAttribute("data-page-size"),10)||60;
        var page=0,matching=cards;
        function value(id){return document.getElementById(id).value;}
        function matches(card){
          var keys=["locale","template","route","status"];
          for(var i=0;i<keys.length;i++){var want=value("f-"+keys[i]);if(want&&card.getAttribute("data-"+keys[i])!==want)return false;}
          var finding=value("f-finding"),codes=card.getAttribute("data-findings");
          if(finding==="with")return codes!=="";
          if(finding==="none")return codes==="";
          if(finding)return (" "+codes+" ").indexOf(" "+finding+" ")>=0;
          return true;
        }
        function groupKey(card){var by=value("f-group");if(!by)return "";var v=card.getAttribute("data-"+by);return v===""?"(none)":v;}
        function apply(){
          matching=cards.filter(matches);
          if(value("f-group")){
            matching=matching.map(function(c,i){return [groupKey(c),i,c];}).sort(function(a,b){return a[0]<b[0]?-1:a[0]>b[0]?1:a[1]-b[1];}).map(function(x){return x[2];});
          }
          page=0;show();
        }
        function show(){
          var pages=Math.max(1,Math.ceil(matching.length/size));
          if(page>=pages)page=pages-1;
          var old=main.querySelectorAll("h2.group");
          for(var i=0;i<old.length;i++)old[i].remove();
          for(i=0;i<cards.length;i++)cards[i].hidden=true;
          var slice=matching.slice(page*size,(page+1)*size),last=null;
          for(i=0;i<slice.length;i++){
            var card=slice[i],key=groupKey(card);
            main.appendChild(card);
            if(value("f-group")&&key!==last){var h=document.createElement("h2");h.className="group";h.textContent=key;main.insertBefore(h,card);last=key;}
            card.hidden=false;
          }
          document.getElementById("shown").textContent=matching.length+" of "+cards.length+" requests, page "+(page+1)+" of "+pages;
          document.getElementById("prev").disabled=page===0;
          document.getElementById("next").disabled=page>=pages-1;
        }
        ["f-locale","f-template","f-route","f-status","f-finding","f-group"].forEach(function(id){document.getElementById(id).addEventListener("change",apply);});
        document.getElementById("prev").addEventListener("click",function(){page--;show();window.scrollTo(0,0);});
        document.getElementById("next").addEventListener("click",function(){page++;show();window.scrollTo(0,0);});
        apply();
        })();
        """
}
