package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Every control of a results page can be hit by a thumb: at least 44 by 44 CSS pixels (WCAG 2.5.5),
 * on a phone and on a desktop. A target is measured where a tap would land, with {@code
 * elementFromPoint}, so that a hit area made of padding, of a pseudo-element or of a wrapping label
 * counts, and a part covered by another element does not. Two kinds are exempt, as WCAG exempts
 * them, and are listed in the test's output: a link or a link-like button inside a sentence (making
 * it taller would push the lines of the text apart), and a map marker whose place lies nearer than
 * 44 px to another's (the places fix where the markers are, so their targets share the space).
 */
class TouchTargetsBrowserTest extends SearchPageBrowserSupport {

  static final double MIN_TARGET_PX = 44;

  /** The probes find each edge to 1/64 px and never beyond it: a size may read 2/64 px short. */
  static final double PROBE_RESOLUTION_PX = 2.0 / 64;

  /** Providers over two pages, articles, facets, chips, the map, and both pager buttons. */
  static final String RESULTS = "/?q=IV+ketamine+for+PTSD+in+Austin+TX&size=3&page=2";

  /** Few results: a lone marker on the map, and the list of things to try. */
  static final String FEW_RESULTS = "/?q=ketamine+lotsu&near=Boise%2C+ID&radius=10";

  /**
   * Measures every visible control: from a point of it that a tap reaches, how far left, right, up
   * and down a tap still reaches it (or a label of it), to 1/64 px. Returns one row per control.
   */
  private static final String MEASURE =
      """
      const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary,'
          + ' [tabindex]:not([tabindex="-1"])';
      const minPx = arguments[0];
      // A map marker whose place lies nearer than minPx to another's (WCAG's Essential exception).
      const centre = (marker) => {
        const r = marker.querySelector('.dot').getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      };
      const nearAnotherPlace = (el) => {
        if (!el.matches('#map-svg .dot-link')) return false;
        const [x, y] = centre(el);
        return [...document.querySelectorAll('#map-svg .dot-link')].some((other) => {
          if (other === el) return false;
          const [x2, y2] = centre(other);
          return Math.hypot(x2 - x, y2 - y) < minPx;
        });
      };
      const reaches = (el, x, y) => {
        const hit = document.elementFromPoint(x, y);
        if (!hit) return false;
        if (el === hit || el.contains(hit)) return true;
        return [...(el.labels || [])].some((label) => label === hit || label.contains(hit));
      };
      // Steps a pixel at a time while the tap still reaches el, then halves the last step.
      const edge = (el, x, y, dx, dy) => {
        let reached = 0;
        const limit = Math.max(innerWidth, innerHeight);
        while (reached < limit && reaches(el, x + dx * (reached + 1), y + dy * (reached + 1))) {
          reached++;
        }
        let step = 0.5;
        let extra = 0;
        for (let i = 0; i < 6; i++, step /= 2) {
          if (reaches(el, x + dx * (reached + extra + step), y + dy * (reached + extra + step))) {
            extra += step;
          }
        }
        return reached + extra;
      };
      const startPoint = (el) => {
        for (const r of el.getClientRects()) {
          for (const [fx, fy] of [[0.5, 0.5], [0.25, 0.5], [0.75, 0.5], [0.5, 0.25], [0.5, 0.75]]) {
            const x = r.left + r.width * fx;
            const y = r.top + r.height * fy;
            if (reaches(el, x, y)) return [x, y];
          }
        }
        return null;
      };
      // A link or button with other words around it, outside any control: part of a sentence.
      const inSentence = (el) => {
        if (!(el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement)) return false;
        const display = getComputedStyle(el).display;
        if (display !== 'inline' && display !== 'inline-block') return false;
        let box = el.parentElement;
        while (getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          if (!text.parentElement.closest(controls) && /\\p{L}/u.test(text.data)) return true;
        }
        return false;
      };
      const rows = [];
      for (const el of document.querySelectorAll(controls)) {
        const style = getComputedStyle(el);
        if (el.getClientRects().length === 0 || style.visibility === 'hidden') continue;
        if (el.closest('[aria-hidden=true]')) continue;
        const page = el.getBoundingClientRect();
        // Shown only when focused, as the skip link.
        if (page.bottom + scrollY <= 0 || page.right + scrollX <= 0) el.focus();
        el.scrollIntoView({block: 'center', inline: 'center'});
        const start = startPoint(el);
        let width = 0;
        let height = 0;
        if (start) {
          const [x, y] = start;
          width = edge(el, x, y, -1, 0) + edge(el, x, y, 1, 0);
          height = edge(el, x, y, 0, -1) + edge(el, x, y, 0, 1);
        }
        if (document.activeElement === el) el.blur();
        rows.push({tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') || '',
          id: el.id, text: (el.getAttribute('aria-label') || el.textContent || el.value || '')
            .trim().replace(/\\s+/g, ' ').slice(0, 40),
          width, height, inSentence: inSentence(el), nearAnotherPlace: nearAnotherPlace(el)});
      }
      scrollTo(0, 0);
      return rows;
      """;

  @Test
  void everyControlOfAResultsPageIsBigEnoughOnAPhone() {
    assertBigEnough(RESULTS, Browser.PHONE);
    assertEveryKindOfControlWasMeasured();
  }

  @Test
  void everyControlOfAResultsPageIsBigEnoughOnADesktop() {
    assertBigEnough(RESULTS, Browser.DESKTOP);
    assertEveryKindOfControlWasMeasured();
  }

  /** The results page has each kind of control that this test is for. */
  private static void assertEveryKindOfControlWasMeasured() {
    for (String kind :
        List.of(
            "#chips .chip-remove",
            "#facets input[type=checkbox]",
            "#facets input[type=radio]",
            "#map-svg .dot-link",
            "#provider-list .card-title a",
            "#article-list .card-title a",
            "#page-prev",
            "#page-next")) {
      assertThat(((Number) js("return document.querySelectorAll(arguments[0]).length;", kind)))
          .as(kind)
          .isNotEqualTo(0L);
    }
  }

  @Test
  void everyControlOfAPageOfFewResultsIsBigEnoughOnAPhone() {
    assertALoneMarkerWasMeasured(assertBigEnough(FEW_RESULTS, Browser.PHONE));
  }

  @Test
  void everyControlOfAPageOfFewResultsIsBigEnoughOnADesktop() {
    assertALoneMarkerWasMeasured(assertBigEnough(FEW_RESULTS, Browser.DESKTOP));
  }

  /** A map marker with no other place near it, held to the full size. */
  private static void assertALoneMarkerWasMeasured(List<Map<String, Object>> rows) {
    assertThat(rows)
        .as("a map marker away from the others")
        .anyMatch(
            row ->
                "dot-link".equals(row.get("cls"))
                    && Boolean.FALSE.equals(row.get("nearAnotherPlace")));
  }

  /**
   * Measures every control of the page at the size, fails naming those too small, and returns all.
   */
  private static List<Map<String, Object>> assertBigEnough(String path, Dimension size) {
    driver.manage().window().setSize(size);
    browser
        .waiting()
        .until(d -> ((Number) js("return window.innerWidth;")).intValue() == size.getWidth());
    open(path);
    awaitResults();
    // Folded on a phone: unfolded, as a person does to reach the filters.
    js("document.getElementById('filters-details').open = true;");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) js(MEASURE, MIN_TARGET_PX);
    List<String> small = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Map<String, Object> row : rows) {
      double width = ((Number) row.get("width")).doubleValue();
      double height = ((Number) row.get("height")).doubleValue();
      String exempt =
          Boolean.TRUE.equals(row.get("inSentence"))
              ? " (in a sentence)"
              : Boolean.TRUE.equals(row.get("nearAnotherPlace")) ? " (near another place)" : "";
      String line =
          String.format(
              Locale.ROOT,
              "<%s class=\"%s\" id=\"%s\"> \"%s\" %.2f x %.2f px%s",
              row.get("tag"),
              row.get("cls"),
              row.get("id"),
              row.get("text"),
              width,
              height,
              exempt);
      all.append(line).append('\n');
      if (exempt.isEmpty()
          && (width + PROBE_RESOLUTION_PX < MIN_TARGET_PX
              || height + PROBE_RESOLUTION_PX < MIN_TARGET_PX)) {
        small.add(line);
      }
    }
    assertThat(rows).as("controls measured").hasSizeGreaterThan(20);
    assertThat(small)
        .as(
            "targets under 44 x 44 px on %s at %d px, of all measured:%n%s",
            path, size.getWidth(), all)
        .isEmpty();
    return rows;
  }
}
