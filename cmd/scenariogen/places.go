package main

// Capitals: a nation's position is its capital (seat of government) in
// degrees. Source: the GeoNames gazetteer (geonames.org, CC BY 4.0),
// rounded to 0.01°.

const placesSource = "GeoNames, rounded to 0.01°"

type place struct {
	capital  string
	lat, lon float64
}

var places = map[string]place{
	"ALB": {"Tirana", 41.33, 19.82},
	"AUL": {"Canberra", -35.28, 149.13},
	"AUS": {"Vienna", 48.21, 16.37},
	"BEL": {"Brussels", 50.85, 4.35},
	"BRA": {"Brasília", -15.78, -47.93},
	"BUL": {"Sofia", 42.70, 23.32},
	"CAN": {"Ottawa", 45.42, -75.70},
	"CHN": {"Beijing", 39.91, 116.40},
	"CRO": {"Zagreb", 45.81, 15.98},
	"CUB": {"Havana", 23.13, -82.38},
	"CZE": {"Prague", 50.09, 14.42},
	"CZR": {"Prague", 50.09, 14.42},
	"DEN": {"Copenhagen", 55.68, 12.57},
	"DRV": {"Hanoi", 21.02, 105.84},
	"EST": {"Tallinn", 59.44, 24.75},
	"FIN": {"Helsinki", 60.17, 24.94},
	"FRN": {"Paris", 48.85, 2.35},
	"GDR": {"East Berlin", 52.52, 13.41},
	"GFR": {"Bonn", 50.73, 7.10},
	"GMY": {"Berlin", 52.52, 13.41},
	"GRC": {"Athens", 37.98, 23.73},
	"HUN": {"Budapest", 47.50, 19.04},
	"ICE": {"Reykjavík", 64.14, -21.90},
	"IND": {"New Delhi", 28.64, 77.22},
	"INS": {"Jakarta", -6.21, 106.85},
	"IRE": {"Dublin", 53.33, -6.25},
	"IRN": {"Tehran", 35.69, 51.42},
	"ISR": {"Jerusalem", 31.77, 35.22},
	"ITA": {"Rome", 41.89, 12.51},
	"JPN": {"Tokyo", 35.69, 139.69},
	"LAT": {"Riga", 56.95, 24.11},
	"LIT": {"Vilnius", 54.69, 25.28},
	"LUX": {"Luxembourg", 49.61, 6.13},
	"MAC": {"Skopje", 42.00, 21.43},
	"MNG": {"Podgorica", 42.44, 19.26},
	"MON": {"Ulan Bator", 47.91, 106.88},
	"NEW": {"Wellington", -41.29, 174.78},
	"NOR": {"Oslo", 59.91, 10.75},
	"NTH": {"Amsterdam", 52.37, 4.89},
	"PHI": {"Manila", 14.60, 120.98},
	"POL": {"Warsaw", 52.23, 21.01},
	"POR": {"Lisbon", 38.72, -9.13},
	"PRK": {"Pyongyang", 39.03, 125.75},
	"ROK": {"Seoul", 37.57, 126.98},
	"ROM": {"Bucharest", 44.43, 26.11},
	"RUS": {"Moscow", 55.75, 37.62},
	"SAU": {"Riyadh", 24.69, 46.72},
	"SLO": {"Bratislava", 48.15, 17.11},
	"SLV": {"Ljubljana", 46.05, 14.51},
	"SPN": {"Madrid", 40.42, -3.70},
	"SWD": {"Stockholm", 59.33, 18.06},
	"SWZ": {"Bern", 46.95, 7.45},
	"TAW": {"Taipei", 25.05, 121.53},
	"THI": {"Bangkok", 13.75, 100.50},
	"TUR": {"Ankara", 39.92, 32.85},
	"UKG": {"London", 51.51, -0.13},
	"UKR": {"Kyiv", 50.45, 30.52},
	"USA": {"Washington, D.C.", 38.90, -77.04},
	"YUG": {"Belgrade", 44.80, 20.47},
}
