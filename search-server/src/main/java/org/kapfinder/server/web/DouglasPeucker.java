package org.kapfinder.server.web;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Douglas-Peucker line simplification: keeps the points of a polyline (or a closed ring, whose
 * first and last points coincide) that lie farther than a tolerance from the simplified line, and
 * always its first and last points. Iterative, so that long coastlines cannot overflow the stack.
 */
final class DouglasPeucker {

  private DouglasPeucker() {}

  /**
   * Which points to keep.
   *
   * @param xs the points' x coordinates
   * @param ys the points' y coordinates, same length
   * @param tolerance the largest distance, in the coordinates' units, a dropped point may lie from
   *     the simplified line
   */
  static boolean[] keep(double[] xs, double[] ys, double tolerance) {
    int n = xs.length;
    boolean[] kept = new boolean[n];
    if (n == 0) {
      return kept;
    }
    kept[0] = true;
    kept[n - 1] = true;
    Deque<int[]> spans = new ArrayDeque<>();
    spans.push(new int[] {0, n - 1});
    while (!spans.isEmpty()) {
      int[] span = spans.pop();
      int first = span[0];
      int last = span[1];
      double farthest = -1;
      int index = -1;
      for (int i = first + 1; i < last; i++) {
        double distance = distanceToSegment(xs[i], ys[i], xs[first], ys[first], xs[last], ys[last]);
        if (distance > farthest) {
          farthest = distance;
          index = i;
        }
      }
      if (index >= 0 && farthest > tolerance) {
        kept[index] = true;
        spans.push(new int[] {first, index});
        spans.push(new int[] {index, last});
      }
    }
    return kept;
  }

  /** Distance from (px, py) to the segment from (ax, ay) to (bx, by), which may be a point. */
  static double distanceToSegment(
      double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double lengthSquared = dx * dx + dy * dy;
    if (lengthSquared == 0) {
      return Math.hypot(px - ax, py - ay);
    }
    double t = ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }
}
