package board

// Sector is the part of the Danish health and social system a member or an
// action belongs to. The board colours and labels initials chips by sector.
type Sector string

const (
	SectorRegion  Sector = "region"        // regional psychiatry
	SectorKommune Sector = "kommune"       // municipal social psychiatry
	SectorGP      Sector = "almen_praksis" // general practice
	SectorOther   Sector = "other"
)

// Sectors lists the sectors in the order the board shows them.
var Sectors = []Sector{SectorRegion, SectorKommune, SectorGP, SectorOther}

// Valid reports whether s is one of Sectors.
func (s Sector) Valid() bool {
	for _, v := range Sectors {
		if s == v {
			return true
		}
	}
	return false
}
