package org.kapfinder.index.corpus.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.WireEnum;

/**
 * Writes providers in the record format's CSV form: RFC 4180 quoting, a header of dotted column
 * names in the documented field order, lists joined with {@code |}, absent values as empty cells,
 * line feeds between rows. A provider written here and read back by the indexer's CSV reader equals
 * the one written by {@link RecordJsonWriter}.
 */
public final class RecordCsvWriter {

  /** Every column of the CSV form, in the record format's field order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "type",
          "description",
          "address.street",
          "address.city",
          "address.state",
          "address.zip",
          "location.lat",
          "location.lon",
          "modes",
          "servesStates",
          "serviceRadiusMiles",
          "routes",
          "conditions",
          "psychotherapy",
          "clinicians",
          "pricing.sessionMinUsd",
          "pricing.sessionMaxUsd",
          "pricing.programUsd",
          "pricing.programSessions",
          "pricing.slidingScale",
          "insurance.accepted",
          "insurance.plans",
          "insurance.spravatoCovered",
          "languages",
          "acceptingNewPatients",
          "memberships",
          "rating.average",
          "rating.count",
          "phone",
          "website",
          "email",
          "lastVerified");

  /** RFC 4180 with line feeds, which the reader accepts and version control prefers. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private RecordCsvWriter() {}

  /** Writes the header row. */
  public static void writeHeader(CSVPrinter out) throws IOException {
    out.printRecord(COLUMNS);
  }

  /** Writes one provider as a row. */
  public static void writeRow(Provider p, CSVPrinter out) throws IOException {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(p.id());
    cells.add(p.name());
    cells.add(WireNames.of(p.type()));
    cells.add(text(p.description()));
    boolean hasAddress = p.address() != null;
    cells.add(hasAddress ? text(p.address().street()) : "");
    cells.add(hasAddress ? text(p.address().city()) : "");
    cells.add(hasAddress ? text(p.address().state()) : "");
    cells.add(hasAddress ? text(p.address().zip()) : "");
    cells.add(p.location() == null ? "" : number(p.location().lat()));
    cells.add(p.location() == null ? "" : number(p.location().lon()));
    cells.add(wireNames(p.modes()));
    cells.add(String.join("|", p.servesStates()));
    cells.add(number(p.serviceRadiusMiles()));
    cells.add(wireNames(p.routes()));
    cells.add(wireNames(p.conditions()));
    cells.add(Boolean.toString(p.psychotherapy()));
    cells.add(wireNames(p.clinicians()));
    boolean hasPricing = p.pricing() != null;
    cells.add(hasPricing ? number(p.pricing().sessionMinUsd()) : "");
    cells.add(hasPricing ? number(p.pricing().sessionMaxUsd()) : "");
    cells.add(hasPricing ? number(p.pricing().programUsd()) : "");
    cells.add(hasPricing ? text(p.pricing().programSessions()) : "");
    cells.add(hasPricing ? text(p.pricing().slidingScale()) : "");
    boolean hasInsurance = p.insurance() != null;
    cells.add(hasInsurance ? text(p.insurance().accepted()) : "");
    cells.add(hasInsurance ? String.join("|", p.insurance().plans()) : "");
    cells.add(hasInsurance ? text(p.insurance().spravatoCovered()) : "");
    cells.add(String.join("|", p.languages()));
    cells.add(text(p.acceptingNewPatients()));
    cells.add(String.join("|", p.memberships()));
    cells.add(p.rating() == null ? "" : number(p.rating().average()));
    cells.add(p.rating() == null ? "" : text(p.rating().count()));
    cells.add(text(p.phone()));
    cells.add(text(p.website()));
    cells.add(text(p.email()));
    cells.add(text(p.lastVerified()));
    out.printRecord(cells);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** Whole numbers without a decimal point, as in the JSON Lines form. */
  private static String number(Double value) {
    if (value == null) {
      return "";
    }
    double number = value;
    return number == Math.rint(number) && Math.abs(number) < 1e15
        ? Long.toString((long) number)
        : Double.toString(number);
  }

  private static String wireNames(List<? extends WireEnum> values) {
    StringBuilder joined = new StringBuilder();
    for (WireEnum value : values) {
      if (joined.length() > 0) {
        joined.append('|');
      }
      joined.append(WireNames.of(value));
    }
    return joined.toString();
  }
}
