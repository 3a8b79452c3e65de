package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tile hands its canvas only clips that start inside it, in the coordinates the painter is drawing in, and no
 * drawing that could not show in it.
 */
class TileCanvas2DTest {
    private final List<double[]> clips = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    private Canvas2D recorder() {
        return (Canvas2D) Proxy.newProxyInstance(Canvas2D.class.getClassLoader(), new Class<?>[] {Canvas2D.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("clipRect")) {
                        clips.add(new double[] {(double) args[0], (double) args[1], (double) args[2],
                            (double) args[3]});
                    }
                    return method.getReturnType() == double.class ? 0.0 : null;
                });
    }

    @Test
    void aClipReachingLeftOfOrAboveTheTileIsNarrowedToItsEdges() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 100, 8192, 1900);

        tile.clipRect(0, 0, 8000, 1802);

        assertThat(clips.get(0)).containsExactly(4096, 100, 3904, 1702);
    }

    @Test
    void theTileEdgesFollowTranslationsAndComeBackOnRestore() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 100, 8192, 1900);

        tile.save();
        tile.translate(0, 46);
        tile.clipRect(0, 0, 8000, 300);
        tile.save();
        tile.translate(96, -10);
        tile.clipRect(0, 0, 8000, 300);
        tile.restore();
        tile.clipRect(0, 0, 8000, 300);
        tile.restore();
        tile.clipRect(0, 0, 8000, 300);

        assertThat(clips.get(0)).containsExactly(4096, 54, 3904, 246);
        assertThat(clips.get(1)).containsExactly(4000, 64, 4000, 236);
        assertThat(clips.get(2)).containsExactly(4096, 54, 3904, 246);
        assertThat(clips.get(3)).containsExactly(4096, 100, 3904, 200);
    }

    @Test
    void aClipWhollyOutsideTheTileBecomesEmptyAndAClipInsideItIsKept() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 0, 8000, 1800);

        tile.clipRect(0, 0, 1000, 50);
        tile.clipRect(5000, 10, 20, 30);

        assertThat(clips.get(0)).containsExactly(4096, 0, 0, 50);
        assertThat(clips.get(1)).containsExactly(5000, 10, 20, 30);
    }

    @Test
    void drawingInsideTheTilePassesThroughUnchanged() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 0, 8000, 1800);

        tile.setFill(0xFF000000);
        tile.fillRect(5000, 0, 10, 10);
        tile.fillText("x", 5000, 20, 12, false, Canvas2D.Align.LEFT);

        assertThat(calls).containsExactly("setFill", "fillRect", "fillText");
    }

    @Test
    void shapesWhollyOutsideTheTileAreLeftOutAndShapesReachingInAreKept() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 0, 8000, 1800);

        tile.fillRect(0, 0, 4000, 10);            // left of the tile
        tile.fillRect(4090, 0, 10, 10);           // across its left edge
        tile.fillOval(8100, 10, 10, 10);          // right of it
        tile.fillRect(5000, 1850, 10, 10);        // below it
        tile.setStroke(0xFF000000, 4);
        tile.strokeLine(4093, 0, 4093, 1800);     // 3 px left of the edge, but 4 px wide
        tile.fillPolygon(new double[] {0, 10, 5}, new double[] {0, 0, 10});
        tile.save();
        tile.translate(4000, 0);
        tile.fillRect(0, 0, 10, 10);              // at x 4000-4010 once translated: out
        tile.fillRect(100, 0, 10, 10);            // at 4100: in
        tile.restore();

        assertThat(calls).containsExactly("fillRect", "setStroke", "strokeLine", "save", "translate", "fillRect",
                "restore");
    }

    @Test
    void textIsLeftOutOnlyWhenNoWidthCouldBringItIntoTheTile() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 0, 8000, 1800);

        tile.fillText("starts right of the tile", 8100, 100, 12, false, Canvas2D.Align.LEFT);
        tile.fillText("ends left of the tile", 4000, 100, 12, false, Canvas2D.Align.RIGHT);
        tile.fillText("far below", 5000, 1900, 12, false, Canvas2D.Align.LEFT);
        tile.fillText("may run into the tile", 1000, 100, 12, false, Canvas2D.Align.LEFT);
        tile.fillText("centred short of it", 4000, 100, 12, false, Canvas2D.Align.CENTER);

        assertThat(calls).containsExactly("fillText", "fillText");
    }
}
