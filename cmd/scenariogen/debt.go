package main

import "fmt"

// Public debt is not in the project's data files. The values are orders of
// magnitude of gross government debt / GDP from the IMF Historical Public
// Debt Database (Abbas, Belhocine, ElGanainy & Horton 2010, IMF Working
// Paper 10/245), rounded to 0.1. The data README gives the anchors for 1947:
// the UK near 2.3, the US and Canada near 1.0, the Netherlands 1.6, most
// others 0.2–0.8. The database file itself is not among the project's data:
// check these readings against it before using them as targets.

const hpdd = "IMF HPDD (Abbas et al. 2010), order of magnitude"

// debtAround1947 holds the debt ratio in 1947 or, for a state that enters
// later, around its entry.
var debtAround1947 = map[string]float64{
	"USA": 1.0, "CAN": 1.0, "UKG": 2.3, "FRN": 0.7, "BEL": 0.9, "NTH": 1.6, "LUX": 0.3,
	"NOR": 0.5, "DEN": 0.5, "ICE": 0.3, "ITA": 0.3, "POR": 0.3, "GRC": 0.2, "TUR": 0.2,
	"SPN": 0.5, "SWD": 0.4, "FIN": 0.4, "SWZ": 0.6, "IRE": 0.5, "IND": 0.3,
	"GFR": 0.2, // 1950, after the currency reform of June 1948
	"JPN": 0.2, // 1952
	"AUS": 0.2, // 1955
}

// debt2000 holds the debt ratio in 2000 (Montenegro: 2006).
var debt2000 = map[string]float64{
	"USA": 0.5, "CAN": 0.8, "UKG": 0.4, "FRN": 0.6, "BEL": 1.1, "NTH": 0.5, "LUX": 0.1,
	"NOR": 0.3, "DEN": 0.5, "ICE": 0.4, "ITA": 1.1, "POR": 0.5, "GRC": 1.0, "TUR": 0.5,
	"GMY": 0.6, "SPN": 0.6, "POL": 0.4, "HUN": 0.6, "CZR": 0.2, "RUS": 0.6, "CHN": 0.2,
	"IND": 0.7, "JPN": 1.4, "ROK": 0.2, "AUL": 0.2, "UKR": 0.5, "IRN": 0.2, "ISR": 0.8,
	"SAU": 0.9, "BRA": 0.7, "SWD": 0.5, "FIN": 0.4, "AUS": 0.7, "SWZ": 0.5, "IRE": 0.4,
	"EST": 0.1, "LAT": 0.1, "LIT": 0.2, "SLO": 0.5, "SLV": 0.3, "ROM": 0.2, "BUL": 0.7,
	"ALB": 0.7, "CRO": 0.4, "MNG": 0.3, "MAC": 0.5,
}

// standInDebt is used for the communist states of 1947–1949, which the
// database does not cover for those years: they are command economies that
// do not borrow in the model, and any ratio below b_safe gives them no
// fiscal pressure.
const standInDebt = 0.2

func debtFact(table map[string]float64, id string, year int) fact {
	if v, ok := table[id]; ok {
		return fact{v, fmt.Sprintf("%s, %d", hpdd, year)}
	}
	return fact{standInDebt, "not in the IMF HPDD for these years (a communist state): a low stand-in, below b_safe"}
}
