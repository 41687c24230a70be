package org.entente.ui.export;

import org.entente.ui.graph.GraphPicture;
import org.entente.ui.timeline.TimelinePicture;

/** The picture sources of the command line: the graph and timeline built headless from the state. */
public final class Sources {

    private Sources() {
    }

    public static PictureSources headless() {
        return new PictureSources(GraphPicture::of, TimelinePicture::of);
    }
}
