package org.kapfinder.index.corpus;

import java.util.List;

/** Whether insurance is accepted, which plans, and whether Spravato is billed to insurance. */
public record Insurance(Boolean accepted, List<String> plans, Boolean spravatoCovered) {}
