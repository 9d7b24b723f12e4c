package org.kapfinder.server.query;

import java.util.Map;

/**
 * The Spanish phrases of insurance and of what a searcher can pay: "con seguro médico", "barato",
 * "gratis", "escala móvil". Written without accents, as {@link QueryTokens} normalises them. Part
 * of {@link SpanishPhrases}, as {@link PricePhrases} is of {@link IntentPhrases}.
 */
final class SpanishPricePhrases {

  private SpanishPricePhrases() {}

  static void addTo(Map<String, Intent> phrases) {
    PricePhrases.every(
        phrases,
        new Intent.Insurance(null),
        // Not "seguro" alone: "es seguro" asks whether it is safe.
        "seguro medico",
        "con seguro medico",
        "con seguro",
        "seguro de salud",
        "con seguro de salud",
        "con seguros",
        "acepta seguro",
        "aceptan seguro",
        "acepte seguro",
        "acepten seguro",
        "acepta seguro medico",
        "aceptan seguro medico",
        "acepte seguro medico",
        "acepten seguro medico",
        "acepta seguros",
        "aceptan seguros",
        "cubierto por el seguro",
        "cubierto por seguro",
        "cubierta por el seguro",
        "cubierta por seguro",
        "cubierto por mi seguro",
        "cubre el seguro",
        "cubre mi seguro",
        "lo cubre el seguro",
        "cobertura");
    PricePhrases.every(
        phrases,
        new Intent.LowPrice(),
        "sin seguro",
        // Whole, or "medico" would ask for a doctor.
        "sin seguro medico",
        "sin seguro de salud",
        "barato",
        "barata",
        "economico",
        "economica",
        "bajo costo",
        "asequible",
        "precio accesible",
        "precios accesibles",
        // Spreading the cost over time, as "payment plan" is in English.
        "financiamiento",
        "pagos mensuales",
        "pago mensual",
        "pagos a plazos",
        "a plazos");
    PricePhrases.every(phrases, Intent.FREE_CARE, "gratis", "gratuito", "gratuita", "sin costo");
    PricePhrases.every(
        phrases,
        new Intent.SlidingScale(),
        "escala movil",
        "tarifa reducida",
        "tarifas reducidas",
        "segun ingresos",
        "segun sus ingresos");
  }
}
