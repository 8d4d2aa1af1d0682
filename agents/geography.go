package agents

import "math"

// EarthRadius is the mean radius of the Earth [km].
const EarthRadius = 6371.0

// GreatCircle returns the distance [km] between two points given as
// latitude and longitude in degrees (haversine formula).
func GreatCircle(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * EarthRadius * math.Asin(min(1, math.Sqrt(a)))
}

// PlaneDistance returns the Euclidean distance [km] on an abstract plane.
func PlaneDistance(x1, y1, x2, y2 float64) float64 {
	return math.Hypot(x2-x1, y2-y1)
}

// Proximity is Boulding's loss-of-strength gradient as seen from a target:
// π = 1/(1 + (d/L)^γ) with L = max(d0, reach) the projecting state's range.
// A global power (long reach) is close to everyone; a land power's threat
// fades beyond its neighbourhood.
func Proximity(distance, reach, d0, gamma float64) float64 {
	l := max(d0, reach)
	if l <= 0 {
		if distance <= 0 {
			return 1
		}
		return 0
	}
	return 1 / (1 + math.Pow(distance/l, gamma))
}
