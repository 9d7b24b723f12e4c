package org.kapfinder.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.geo.Polygon;
import org.kapfinder.index.geo.StateBoundaries;
import org.kapfinder.index.geo.UsState;

/**
 * Draws the states' boundaries as an SVG map in the {@link AlbersUsa} projection, small enough to
 * send inline with the page: each ring is projected to pixels, simplified with {@link
 * DouglasPeucker} and written with coordinates in tenths of a pixel, relative to the previous
 * point. Specks smaller than {@link #MIN_RING_AREA_PX2} are dropped, except a state's largest ring,
 * so that the District of Columbia stays on the map.
 */
final class StatesMap {

  /** How far, in pixels of the 960 by 500 map, a simplified border may stray from the real one. */
  static final double TOLERANCE_PX = 0.35;

  static final double MIN_RING_AREA_PX2 = 1.5;

  private StatesMap() {}

  /**
   * The {@code <svg>} element: one {@code path} per state (with its USPS code in {@code
   * data-state}), and an empty {@code g.dots} layer for the page's script to draw results on.
   */
  static String svg(Map<String, UsState> states, StateBoundaries boundaries) {
    StringBuilder svg = new StringBuilder(64 * 1024);
    svg.append("<svg id=\"map-svg\" viewBox=\"0 0 ")
        .append(AlbersUsa.WIDTH_PX)
        .append(' ')
        .append(AlbersUsa.HEIGHT_PX)
        .append("\" role=\"group\" aria-label=\"Map of the results\">");
    svg.append("<g class=\"states\" aria-hidden=\"true\">");
    for (String code : boundaries.geometryJsonByState().keySet()) {
      String path = path(AlbersUsa.partFor(code), boundaries.polygons(code));
      if (path.isEmpty()) {
        continue;
      }
      UsState state = states.get(code);
      svg.append("<path data-state=\"")
          .append(HtmlWriter.escape(code))
          .append("\" d=\"")
          .append(path)
          .append("\"><title>")
          .append(HtmlWriter.escape(state == null ? code : state.name()))
          .append("</title></path>");
    }
    svg.append("</g><g class=\"dots\"></g></svg>");
    return svg.toString();
  }

  /** The path data of a state's polygons and holes, largest ring always kept. */
  static String path(AlbersUsa.Conic projection, Polygon[] polygons) {
    List<int[][]> rings = new ArrayList<>();
    for (Polygon polygon : polygons) {
      rings.add(ring(projection, polygon.getPolyLats(), polygon.getPolyLons()));
      for (Polygon hole : polygon.getHoles()) {
        rings.add(ring(projection, hole.getPolyLats(), hole.getPolyLons()));
      }
    }
    int largest = -1;
    double largestArea = -1;
    for (int i = 0; i < rings.size(); i++) {
      double area = areaTenths(rings.get(i));
      if (area > largestArea) {
        largestArea = area;
        largest = i;
      }
    }
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < rings.size(); i++) {
      int[][] ring = rings.get(i);
      // Areas are in tenths of a pixel squared: 100 per square pixel.
      if (i != largest && (ring[0].length < 3 || areaTenths(ring) < MIN_RING_AREA_PX2 * 100)) {
        continue;
      }
      appendRing(d, ring);
    }
    return d.toString();
  }

  /** A ring projected, simplified and rounded to tenths of a pixel: {xs, ys}, not closed. */
  private static int[][] ring(AlbersUsa.Conic projection, double[] lats, double[] lons) {
    int n = lats.length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      double[] xy = projection.project(lats[i], lons[i]);
      xs[i] = xy[0];
      ys[i] = xy[1];
    }
    boolean[] kept = DouglasPeucker.keep(xs, ys, TOLERANCE_PX);
    List<int[]> points = new ArrayList<>();
    // The last point repeats the first (rings are closed); "Z" closes the path instead.
    for (int i = 0; i < n - 1; i++) {
      if (!kept[i]) {
        continue;
      }
      int x = (int) Math.round(xs[i] * 10);
      int y = (int) Math.round(ys[i] * 10);
      int[] previous = points.isEmpty() ? null : points.get(points.size() - 1);
      if (previous == null || previous[0] != x || previous[1] != y) {
        points.add(new int[] {x, y});
      }
    }
    int[][] ring = new int[2][points.size()];
    for (int i = 0; i < points.size(); i++) {
      ring[0][i] = points.get(i)[0];
      ring[1][i] = points.get(i)[1];
    }
    return ring;
  }

  /** The shoelace area of a ring, in tenths of a pixel squared. */
  private static double areaTenths(int[][] ring) {
    int[] xs = ring[0];
    int[] ys = ring[1];
    double twice = 0;
    for (int i = 0; i < xs.length; i++) {
      int j = (i + 1) % xs.length;
      twice += (double) xs[i] * ys[j] - (double) xs[j] * ys[i];
    }
    return Math.abs(twice) / 2;
  }

  /** "M x y" then relative "l dx dy" moves, closed with "z". */
  private static void appendRing(StringBuilder d, int[][] ring) {
    int[] xs = ring[0];
    int[] ys = ring[1];
    if (xs.length == 0) {
      return;
    }
    d.append('M').append(tenths(xs[0])).append(' ').append(tenths(ys[0]));
    if (xs.length > 1) {
      d.append('l');
      for (int i = 1; i < xs.length; i++) {
        if (i > 1) {
          d.append(' ');
        }
        d.append(tenths(xs[i] - xs[i - 1])).append(' ').append(tenths(ys[i] - ys[i - 1]));
      }
    }
    d.append('z');
  }

  /** Tenths as a decimal: 123 is "12.3", -5 is "-0.5", 40 is "4". */
  static String tenths(int value) {
    int magnitude = Math.abs(value);
    String sign = value < 0 ? "-" : "";
    int whole = magnitude / 10;
    int tenth = magnitude % 10;
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }
}
