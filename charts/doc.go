// Package charts draws the follow-up pictures: a citizen's WHO-5 scores
// over time with the two thresholds marked, and the caseload pictures the
// team and its steering group look at (citizens per member and sector,
// days on the board, the WHO-5 spread, referrals waiting).
//
// Charts are drawn with gonum.org/v1/plot into a raster image: PNG for the
// screen and for printing, which places the PNG in its PDF. Colours come in
// as a Style, so the same chart is legible on the light and the dark theme
// and on paper. Every chart also gives its numbers as plain text (Chart.Text)
// for screen readers and the PDF's text layer: a picture is never the only
// place a number is.
//
// Words come from the catalogue (package text, "chart." keys); dates are the
// catalogue's Danish dates.
package charts
