package org.kapfinder.server.web;

/**
 * The Albers USA composite projection, as d3-geo's {@code geoAlbersUsa} draws it at its default
 * scale (1070) and translation (480, 250): the lower 48 states in a conic equal-area projection,
 * with Alaska (scaled to 0.35) and Hawaii as insets below-left. Coordinates are SVG pixels in a
 * {@value #WIDTH_PX} by {@value #HEIGHT_PX} box, y pointing down.
 *
 * <p>The page's script ({@code web/map.js}) carries the same formulas and constants, so that result
 * dots it projects land on the states drawn here; a browser test checks that they agree. Change
 * both or neither.
 */
public final class AlbersUsa {

  public static final int WIDTH_PX = 960;
  public static final int HEIGHT_PX = 500;

  private static final double SCALE = 1070;
  private static final double TRANSLATE_X = 480;
  private static final double TRANSLATE_Y = 250;

  /** The three parts, each a conic equal-area projection with its own parallels and centre. */
  static final Conic LOWER_48 =
      new Conic(29.5, 45.5, 96, -0.6, 38.7, SCALE, TRANSLATE_X, TRANSLATE_Y);

  static final Conic ALASKA =
      new Conic(
          55,
          65,
          154,
          -2,
          58.5,
          0.35 * SCALE,
          TRANSLATE_X - 0.307 * SCALE,
          TRANSLATE_Y + 0.201 * SCALE);

  static final Conic HAWAII =
      new Conic(
          8, 18, 157, -3, 19.9, SCALE, TRANSLATE_X - 0.205 * SCALE, TRANSLATE_Y + 0.212 * SCALE);

  /** Where each part may draw: d3's clip extents, which also decide which part shows a point. */
  private static final double[] LOWER_48_EXTENT = {
    TRANSLATE_X - 0.455 * SCALE,
    TRANSLATE_Y - 0.238 * SCALE,
    TRANSLATE_X + 0.455 * SCALE,
    TRANSLATE_Y + 0.238 * SCALE
  };

  private static final double[] ALASKA_EXTENT = {
    TRANSLATE_X - 0.425 * SCALE,
    TRANSLATE_Y + 0.120 * SCALE,
    TRANSLATE_X - 0.214 * SCALE,
    TRANSLATE_Y + 0.234 * SCALE
  };

  private static final double[] HAWAII_EXTENT = {
    TRANSLATE_X - 0.214 * SCALE,
    TRANSLATE_Y + 0.166 * SCALE,
    TRANSLATE_X - 0.115 * SCALE,
    TRANSLATE_Y + 0.234 * SCALE
  };

  private AlbersUsa() {}

  /**
   * Projects a point the way d3 does: the lower 48 if it lands in their extent, else Alaska's
   * inset, else Hawaii's; null when it lands in none (far outside the United States).
   */
  public static double[] project(double lat, double lon) {
    double[] xy = LOWER_48.project(lat, lon);
    if (inside(xy, LOWER_48_EXTENT)) {
      return xy;
    }
    xy = ALASKA.project(lat, lon);
    if (inside(xy, ALASKA_EXTENT)) {
      return xy;
    }
    xy = HAWAII.project(lat, lon);
    return inside(xy, HAWAII_EXTENT) ? xy : null;
  }

  /**
   * The part a whole state is drawn with: its inset for Alaska and Hawaii, the lower 48's
   * projection for every other state (so that no island is split between parts).
   */
  static Conic partFor(String stateCode) {
    return switch (stateCode) {
      case "AK" -> ALASKA;
      case "HI" -> HAWAII;
      default -> LOWER_48;
    };
  }

  private static boolean inside(double[] xy, double[] extent) {
    return xy[0] >= extent[0] && xy[0] <= extent[2] && xy[1] >= extent[1] && xy[1] <= extent[3];
  }

  /**
   * A conic equal-area projection with d3's parameters: standard parallels, a rotation of the
   * longitudes by {@code rotateDegrees}, a centre (in rotated coordinates) that lands on the
   * translation point, and a scale in pixels.
   */
  static final class Conic {
    private final double n;
    private final double c;
    private final double r0;
    private final double rotateRadians;
    private final double scale;
    private final double offsetX;
    private final double offsetY;

    Conic(
        double parallel0Degrees,
        double parallel1Degrees,
        double rotateDegrees,
        double centerLonDegrees,
        double centerLatDegrees,
        double scale,
        double translateX,
        double translateY) {
      double sin0 = Math.sin(Math.toRadians(parallel0Degrees));
      this.n = (sin0 + Math.sin(Math.toRadians(parallel1Degrees))) / 2;
      this.c = 1 + sin0 * (2 * n - sin0);
      this.r0 = Math.sqrt(c) / n;
      this.rotateRadians = Math.toRadians(rotateDegrees);
      this.scale = scale;
      double[] center = raw(Math.toRadians(centerLonDegrees), Math.toRadians(centerLatDegrees));
      this.offsetX = translateX - scale * center[0];
      this.offsetY = translateY + scale * center[1];
    }

    /** Pixels of a point: rotate the longitude, project, scale and translate (y down). */
    double[] project(double lat, double lon) {
      double lambda = Math.toRadians(lon) + rotateRadians;
      // Longitudes wrap into [-pi, pi] after the rotation, as in d3's rotation.
      if (lambda > Math.PI) {
        lambda -= 2 * Math.PI;
      } else if (lambda < -Math.PI) {
        lambda += 2 * Math.PI;
      }
      double[] xy = raw(lambda, Math.toRadians(lat));
      return new double[] {offsetX + scale * xy[0], offsetY - scale * xy[1]};
    }

    private double[] raw(double lambda, double phi) {
      double r = Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
      double angle = lambda * n;
      return new double[] {r * Math.sin(angle), r0 - r * Math.cos(angle)};
    }
  }
}
