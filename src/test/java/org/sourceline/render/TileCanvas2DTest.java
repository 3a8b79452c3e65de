package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tile hands its canvas only clips that start inside it, in the coordinates the painter is drawing in. */
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
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 100);

        tile.clipRect(0, 0, 8000, 1802);

        assertThat(clips.get(0)).containsExactly(4096, 100, 3904, 1702);
    }

    @Test
    void theTileEdgesFollowTranslationsAndComeBackOnRestore() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 100);

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
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 0);

        tile.clipRect(0, 0, 1000, 50);
        tile.clipRect(5000, 10, 20, 30);

        assertThat(clips.get(0)).containsExactly(4096, 0, 0, 50);
        assertThat(clips.get(1)).containsExactly(5000, 10, 20, 30);
    }

    @Test
    void drawingPassesThroughUnchanged() {
        TileCanvas2D tile = new TileCanvas2D(recorder(), 4096, 0);

        tile.setFill(0xFF000000);
        tile.fillRect(0, 0, 10, 10);
        tile.fillText("x", 0, 0, 12, false, Canvas2D.Align.LEFT);

        assertThat(calls).containsExactly("setFill", "fillRect", "fillText");
    }
}
