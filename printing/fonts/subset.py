#!/usr/bin/python3
"""Cuts the two fallback fonts Tavlen's PDFs embed beside the Go fonts.

Run once by hand when the selection changes (needs Debian's fonttools,
fonts-dejavu-core and fonts-symbola 2.60; the result is committed):

    /usr/bin/python3 printing/fonts/subset.py GO-REGULAR.ttf DejaVuSans.ttf Symbola_hint.ttf printing/fonts

symbols.ttf: DejaVu Sans, only the characters the Go fonts lack from Hebrew,
Arabic (with presentation forms B, which the printer shapes to), punctuation,
arrows, maths, geometric shapes, miscellaneous symbols and dingbats.

emoji.ttf: Symbola's common emoji (faces, hands, hearts, cake, flowers...).
fpdf addresses glyphs by a 16-bit code, so these astral-plane characters are
moved to the Private Use Area: U+1Fxxx becomes U+E000 + (xxx). The printer
does the same sum and keeps the real character in the text layer.
"""
import sys
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import cmap_format_4
from fontTools import subset

go_path, dejavu_path, symbola_path, out = sys.argv[1:5]

SYMBOL_RANGES = [(0x0590, 0x05FF), (0x0600, 0x06FF), (0xFB1D, 0xFB4F), (0xFE70, 0xFEFF),
                 (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x22FF),
                 (0x25A0, 0x25FF), (0x2600, 0x27BF), (0xFFFD, 0xFFFD)]
EMOJI_RANGES = [(0x1F600, 0x1F64F), (0x1F910, 0x1F92F), (0x1F970, 0x1F97F), (0x1F380, 0x1F393),
                (0x1F440, 0x1F450), (0x1F490, 0x1F49F), (0x1F4AA, 0x1F4AA), (0x1F4DE, 0x1F4DE),
                (0x1F4F1, 0x1F4F1), (0x1F48A, 0x1F48A), (0x1F415, 0x1F415), (0x1F408, 0x1F408),
                (0x1F31E, 0x1F31E), (0x1F308, 0x1F308), (0x1F319, 0x1F319), (0x1F33B, 0x1F33B),
                (0x1F337, 0x1F337), (0x1F3E0, 0x1F3E0)]


def within(cp, ranges):
    return any(a <= cp <= b for a, b in ranges)


def cut(path, codepoints, dest):
    opts = subset.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'kern', 'FFTM']
    opts.name_IDs = ['*']
    font = TTFont(path)
    s = subset.Subsetter(opts)
    s.populate(unicodes=codepoints)
    s.subset(font)
    return font


go = set(TTFont(go_path).getBestCmap())
dejavu = TTFont(dejavu_path).getBestCmap()
symbols = sorted(cp for cp in dejavu if cp <= 0xFFFF and cp not in go and within(cp, SYMBOL_RANGES))
cut(dejavu_path, symbols, None).save(out + '/symbols.ttf')

symbola = TTFont(symbola_path).getBestCmap()
emoji = sorted(cp for cp in symbola if within(cp, EMOJI_RANGES))
font = cut(symbola_path, emoji, None)
old = font.getBestCmap()
bmp = cmap_format_4(4)
bmp.platformID, bmp.platEncID, bmp.language = 3, 1, 0
bmp.cmap = {0xE000 + (cp - 0x1F000): glyph for cp, glyph in old.items() if 0x1F000 <= cp <= 0x1FFFF}
font['cmap'].tables = [bmp]
font.save(out + '/emoji.ttf')
print(len(symbols), 'symbols,', len(bmp.cmap), 'emoji')
