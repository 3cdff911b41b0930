/* Search over the reports of the portal, from cari.json (written by lkjip
 * build). No library: the index is a list of reports, matched word by word
 * against agency, government, indicators with their figures, sasaran and
 * programmes. Opened from a file (file://) the browser refuses to read
 * cari.json: the form says so, and the lists stay. */
(function () {
	"use strict";
	var form = document.querySelector("form.cari");
	if (!form) return;
	var input = form.querySelector("input");
	var pesan = form.querySelector(".cari-pesan");
	var hasil = form.querySelector(".cari-hasil");
	var data = null;
	function say(t) { pesan.textContent = t; }
	function norm(s) {
		return (s || "").toLowerCase().normalize("NFD")
			.replace(/[\u0300-\u036f]/g, "");
	}
	function teks(r) {
		var t = [r.i, r.g, String(r.y), r.c, r.p];
		r.k.forEach(function (k) { t.push(k.join(" ")); });
		return norm(t.concat(r.s, r.r).join(" \u0001 "));
	}
	if (location.protocol === "file:") {
		say("Pencarian hanya berfungsi bila situs dibuka melalui server web " +
			"(http atau https), bukan sebagai berkas. Gunakan daftar di bawah.");
		input.disabled = true;
		return;
	}
	/* Fetched when first wanted (the field gets focus, or ?q= is
	 * given): the index grows with the site, a visit that does not
	 * search should not pay for it. */
	var minta = false;
	function muat() {
		if (minta) return;
		minta = true;
		say("Memuat indeks pencarian\u2026");
		fetch(form.getAttribute("data-indeks")).then(function (r) {
			if (!r.ok) throw new Error(r.status);
			return r.json();
		}).then(function (j) {
			data = j.laporan;
			data.forEach(function (r) { r.t = teks(r); });
			say("");
			if (input.value) cari();
		}).catch(function () {
			say("Indeks pencarian tidak dapat dimuat. Gunakan daftar di bawah.");
		});
	}
	/* ?q= from a link or from the form sent without script. */
	var q0 = new URLSearchParams(location.search).get("q");
	if (q0) { input.value = q0; muat(); }
	input.addEventListener("focus", muat);
	function li(r, cocok) {
		var el = document.createElement("li");
		var a = document.createElement("a");
		a.href = r.u + "/index.html";
		a.textContent = r.i + ", " + r.g + " \u2014 LKjIP " + r.y;
		el.appendChild(a);
		var info = [];
		if (r.c) info.push("capaian " + r.c + (r.p ? " (" + r.p + ")" : ""));
		if (cocok) info.push(cocok);
		if (info.length) el.appendChild(document.createTextNode(": " + info.join("; ")));
		return el;
	}
	function cari() {
		if (!data) return;
		var q = norm(input.value).split(/\s+/).filter(Boolean);
		hasil.textContent = "";
		if (!q.length) { say(""); return; }
		var n = 0;
		for (var i = 0; i < data.length && n < 50; i++) {
			var r = data[i];
			if (!q.every(function (w) { return r.t.indexOf(w) >= 0; })) continue;
			/* The indicator that matched, with its figures. */
			var cocok = "";
			r.k.some(function (k) {
				var s = norm(k.join(" "));
				if (q.some(function (w) { return s.indexOf(w) >= 0; })) {
					cocok = k[1] + (k[2] ? ": realisasi " + k[2] : "") +
						(k[3] ? ", capaian " + k[3] : "");
					return true;
				}
				return false;
			});
			hasil.appendChild(li(r, cocok));
			n++;
		}
		say(n === 0 ? "Tidak ada laporan yang cocok." :
			n + (n === 50 ? "+" : "") + " laporan cocok.");
	}
	input.addEventListener("input", function () { muat(); cari(); });
	form.addEventListener("submit", function (e) { e.preventDefault(); cari(); });
})();
