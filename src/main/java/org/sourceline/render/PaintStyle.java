package org.sourceline.render;

/** Colours and sizes the painter uses; the window reads them from its stylesheet. */
public record PaintStyle(int background, int laneShade, int laneLabel, int gridMinor, int gridMajor, int axisBackground,
                         int axisText, int text, int selection, int hover, double fontSize) {
    public static final PaintStyle DEFAULT = new PaintStyle(
            0xFFFFFFFF, 0xFFF6F7F9, 0xFF5B6573, 0xFFEBEDF0, 0xFFC9CED6, 0xFFF0F2F5, 0xFF3A424D, 0xFF1F2630,
            0xFFE8590C, 0x33E8590C, 12);
}
