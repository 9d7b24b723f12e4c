package org.kapfinder.server.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process with its bundled
 * schemas, so no request leaves the machine. Collects errors (not warnings) as "line:column:
 * message".
 */
final class NuHtmlChecker {

  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private NuHtmlChecker() {}

  static synchronized List<String> errors(String html) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(HTML_SCHEMA, handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return errors;
  }
}
