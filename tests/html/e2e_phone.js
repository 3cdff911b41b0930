// Phone measures of a report page (issue 16), run by e2e_chromium.sh in a
// copy of the page shown in an iframe of the phone's size (headless
// Chromium's --dump-dom ignores --window-size). Posts one "name value"
// line per measure to the parent, which writes them into its DOM.
(function () {
	'use strict';
	// The charts' smallest type in points: tick and value labels
	// (src/chart/chart.c, layout()). The phone drawing is sized so that
	// none is shrunk below it (HTML_PHONE_MIN_PT in src/html/internal.h;
	// test_html's test_phone_chart_type checks it with chart_min_type).
	var CHART_MIN_PT = 7.5;
	var vw = window.innerWidth, vh = window.innerHeight, out = [];
	out.push('viewport ' + vw + 'x' + vh);
	// Where the overall capaian ends, in screens from the top.
	var cap = document.querySelector('.ringkasan .utama .besar');
	out.push('capaian_screens ' + (cap ? ((cap.getBoundingClientRect().bottom
		+ window.scrollY) / vh).toFixed(2) : 'none'));
	// Tables with a Capaian column: the widest, and how many overflow.
	var widest = 0, widestCap = 0, over = 0, ncap = 0;
	document.querySelectorAll('main table').forEach(function (t) {
		var w = Math.max(t.getBoundingClientRect().width, t.scrollWidth);
		widest = Math.max(widest, w);
		if (!/Capaian/.test(t.tHead ? t.tHead.textContent : ''))
			return;
		ncap++;
		widestCap = Math.max(widestCap, w);
		if (w > vw || t.getBoundingClientRect().right > vw)
			over++;
	});
	out.push('widest_table_px ' + Math.round(widest));
	out.push('widest_capaian_table_px ' + Math.round(widestCap));
	out.push('capaian_tables ' + ncap);
	out.push('capaian_tables_over_screen ' + over);
	// Chart type as shown: the drawing's points to CSS px (naturalWidth
	// is its width in px, 4/3 of its points) times its smallest type.
	var minpx = Infinity, charts = 0;
	document.querySelectorAll('figure img').forEach(function (im) {
		if (!/\.svg$/.test(im.currentSrc) || !im.naturalWidth)
			return;
		charts++;
		var pxPerPt = im.getBoundingClientRect().width
			/ (im.naturalWidth * 0.75);
		minpx = Math.min(minpx, CHART_MIN_PT * pxPerPt);
	});
	out.push('charts ' + charts);
	out.push('chart_text_px ' + (charts ? minpx.toFixed(1) : 'none'));
	// A figure's provenance (render.c, lkjip.css): hidden, shown while
	// the figure has keyboard focus (hover and tap use the same rule),
	// hidden again after; "ok", or what failed.
	var jejak = 'none', fig = document.querySelector('.jejak');
	if (fig) {
		var tip = fig.querySelector('.jejak-asal'), fail = [];
		var shown = function () {
			return tip && getComputedStyle(tip).display === 'block';
		};
		if (!tip)
			fail.push('no tooltip');
		if (shown())
			fail.push('shown before focus');
		fig.focus();
		if (!shown())
			fail.push('focus does not show it');
		fig.blur();
		if (shown())
			fail.push('shown after blur');
		jejak = fail.length ? fail.join('; ').replace(/ /g, '_') : 'ok';
	}
	out.push('jejak ' + jejak);
	parent.postMessage(out.join('\n'), '*');
})();
