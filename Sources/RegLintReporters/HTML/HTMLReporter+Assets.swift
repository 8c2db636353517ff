extension HTMLReporter {
    /// The page head: the style inline, and a content security policy that lets the page load
    /// nothing but its own inline style and script.
    static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <meta name="generator" content="reglint">
        <title>reglint findings report</title>
        <style>
        \(style)</style>
        </head>

        """

    private static let style = """
        :root{--err:#b42318;--err-bg:#fde3e1;--warn:#a15c00;--warn-bg:#ffefc2;--info:#175cd3;--info-bg:#dcebfe;
        --line:#d0d5dd;--muted:#667085;--ui:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 var(--ui);color:#1d2939;background:#f2f4f7}
        header.top{padding:.9rem 1.5rem;background:#101828;color:#fff}
        header.top h1{margin:0;font-size:1.25rem}
        header.top p{margin:.2rem 0 0}
        nav.summary{padding:.25rem 1.5rem 1rem;background:#fff;border-bottom:1px solid var(--line)}
        nav.summary h2{font-size:1rem;margin:.9rem 0 .35rem}
        table.sum{border-collapse:collapse;font-size:.9rem}
        table.sum th,table.sum td{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left;vertical-align:top}
        table.sum td.num{text-align:right}
        table.sum tr.none{color:var(--muted)}
        table.sum details summary{cursor:pointer}
        .c.s-error{color:var(--err);font-weight:600}.c.s-warning{color:var(--warn);font-weight:600}
        .c.s-info{color:var(--info);font-weight:600}.c.zero{color:var(--muted);font-weight:400}
        #filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;
        padding:.45rem 1.5rem;background:#fff;border-bottom:1px solid var(--line);font-size:.9rem}
        #filters[hidden]{display:none}
        #filters .fl{font-weight:600}
        main{padding:1rem 1.5rem}
        section.doc{max-width:76rem;margin:0 0 1.5rem;padding:1rem 1.5rem;background:#fff;border:1px solid var(--line);
        border-radius:8px}
        .dh h2{margin:0;font-size:1.15rem}.dh h2 a{color:inherit;text-decoration:none}
        .dh p{margin:.2rem 0}.meta{color:var(--muted)}
        details.list summary{cursor:pointer;font-weight:600}
        details.list ul{list-style:none;margin:.3rem 0;padding:0;font-size:.9rem}
        details.list li{margin:.15rem 0}
        .pl{color:var(--muted)}
        .whole{margin:.5rem 0}.whole>p{margin:.2rem 0;font-weight:600}
        .missing{color:var(--muted);font-style:italic}
        .body{margin-top:.75rem;padding-top:.5rem;border-top:1px solid var(--line);
        font:16px/1.55 "Times New Roman",Times,"Noto Serif","DejaVu Serif",serif}
        .body p{max-width:44rem;margin:.3rem 0;white-space:pre-wrap;tab-size:2}
        .body h3,.body h4,.body h5{max-width:44rem;margin:.9rem 0 .3rem;font-size:1rem}
        .body h3,[lang=vi] .body h4.k-section{text-align:center}.body .num{font-weight:600}
        .body .k-point{padding-left:1.5rem}.body .k-note{font-size:.9rem}
        .fn{font-weight:600}
        .tw{max-width:44rem;overflow-x:auto;margin:.4rem 0}
        .tw table{border-collapse:collapse;font-size:.92rem}
        .tw td,.tw th{border:1px solid #98a2b3;padding:.15rem .4rem;vertical-align:top;white-space:pre-wrap}
        .r{display:grid;grid-template-columns:minmax(0,44rem) minmax(14rem,26rem);column-gap:1.25rem;align-items:start}
        .r>aside{font:.85rem/1.4 var(--ui)}
        .r.whole.s-error>:first-child{background:var(--err-bg)}.r.whole.s-warning>:first-child{background:var(--warn-bg)}
        .r.whole.s-info>:first-child{background:var(--info-bg)}
        .note{margin:.3rem 0;padding:.3rem .6rem;border-left:4px solid;border-radius:4px;background:#f9fafb;
        font:.85rem/1.4 var(--ui)}
        .note.s-error{border-color:var(--err)}.note.s-warning{border-color:var(--warn)}.note.s-info{border-color:var(--info)}
        .note .msg,.note .fix,.note .pl{margin:.2rem 0}
        .note:target{box-shadow:0 0 0 3px #fdb022}
        .sev{font-size:.75rem;font-weight:700;letter-spacing:.03em;text-transform:uppercase}
        .s-error .sev,.sev.s-error{color:var(--err)}.s-warning .sev{color:var(--warn)}.s-info .sev{color:var(--info)}
        code.rule{font-size:.85em;color:#344054}
        del{background:var(--err-bg)}ins{background:#d1fadf;text-decoration:none}
        mark{color:inherit;border-radius:2px}
        mark.s-error{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}
        mark.s-warning{background:var(--warn-bg);box-shadow:inset 0 -2px var(--warn)}
        mark.s-info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
        a.n{display:inline-block;min-width:1.7em;padding:0 .3em;border-radius:.8em;background:#475467;color:#fff;
        font:600 .75rem/1.5 var(--ui);text-align:center;text-decoration:none}
        a.n.s-error,.s-error>a.n,.s-error>span.n{background:var(--err)}
        a.n.s-warning,.s-warning>a.n,.s-warning>span.n{background:var(--warn)}
        a.n.s-info,.s-info>a.n,.s-info>span.n{background:var(--info)}
        span.n{display:inline-block;min-width:1.7em;border-radius:.8em;color:#fff;font:600 .75rem/1.5 var(--ui);text-align:center}
        sup.ref{line-height:0}sup.ref a{font:700 .7rem var(--ui);text-decoration:none;padding:0 .1em}
        sup.ref.s-error a{color:var(--err)}sup.ref.s-warning a{color:var(--warn)}sup.ref.s-info a{color:var(--info)}
        sup.ref:target{background:#fdb022}
        .note.off,sup.off,li.off,a.n.off{display:none}
        mark.off{background:none;box-shadow:none}
        .r.off{display:block}.r.off>aside{display:none}.r.off>:first-child{background:none}
        .only .body>:not(.r):not(h3):not(h4),.only .body>.r.off{display:none}
        @media (max-width:900px){.r{display:block}}
        @media print{#filters{display:none}.r{grid-template-columns:minmax(0,1fr) 15rem}}

        """

    /// The filters: severity and rule check boxes hide findings (their marks, references,
    /// explanations and list entries); "only text with findings" hides the rest of the text.
    static let script = """
        (function () {
          var form = document.getElementById("filters");
          if (!form) return;
          form.hidden = false;
          function apply() {
            var off = {}, hidden = {};
            form.querySelectorAll("input[name=sev], input[name=rule]").forEach(function (box) {
              if (!box.checked) off[box.name + ":" + box.value] = true;
            });
            document.querySelectorAll(".note").forEach(function (note) {
              if (off["sev:" + note.dataset.sev] || off["rule:" + note.dataset.rule]) hidden[note.dataset.f] = true;
            });
            document.querySelectorAll("[data-f]").forEach(function (element) {
              var all = element.dataset.f.split(" ").every(function (number) { return hidden[number]; });
              element.classList.toggle("off", all);
            });
            document.body.classList.toggle("only", form.elements.only.checked);
          }
          form.addEventListener("change", apply);
          apply();
        })();

        """
}
