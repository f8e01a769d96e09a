package demo

import "tavlen/board"

// The demo team is fictitious: any likeness to real persons is accidental.

var demoMembers = []board.Member{
	{Name: "Mette Lærkegaard", Initials: "ML", Role: "Psykiatrisk sygeplejerske", Sector: board.SectorRegion, Organisation: "Psykiatrisk Center Vestegnen", Phone: "38 64 10 21", Email: "mette.laerkegaard@example.dk"},
	{Name: "Søren Østergaard", Initials: "SØ", Role: "Psykiater", Sector: board.SectorRegion, Organisation: "Psykiatrisk Center Vestegnen", Phone: "38 64 10 40", Email: "soeren.oestergaard@example.dk"},
	{Name: "Anne-Sofie Krøyer", Initials: "AK", Role: "Kontaktperson", Sector: board.SectorKommune, Organisation: "Socialpsykiatrien, Vestby Kommune", Phone: "43 55 20 11", Email: "ask@vestby.example.dk"},
	{Name: "Jørgen Bæk", Initials: "JB", Role: "Kontaktperson", Sector: board.SectorKommune, Organisation: "Socialpsykiatrien, Vestby Kommune", Phone: "43 55 20 12", Email: "jb@vestby.example.dk"},
	{Name: "Birthe Hjørne", Initials: "BH", Role: "Bostøtte", Sector: board.SectorKommune, Organisation: "Bostøtten, Vestby Kommune", Phone: "43 55 20 30", Email: "bh@vestby.example.dk"},
	{Name: "Kasper Møller", Initials: "KM", Role: "Rusmiddelbehandler", Sector: board.SectorKommune, Organisation: "Rusmiddelcenter Vestby", Phone: "43 55 21 00", Email: "km@vestby.example.dk"},
	{Name: "Lærke Ågård", Initials: "LÅ", Role: "Praktiserende læge", Sector: board.SectorGP, Organisation: "Lægehuset Søndergade", Phone: "43 62 15 15", Email: "laege@soendergade.example.dk"},
	{Name: "Henrik Dyrbæk", Initials: "HD", Role: "Praksissygeplejerske", Sector: board.SectorGP, Organisation: "Lægehuset Søndergade", Phone: "43 62 15 16", Email: "sygeplejerske@soendergade.example.dk"},
	{Name: "Fatima Özdemir", Initials: "FÖ", Role: "Recovery-mentor", Sector: board.SectorOther, Organisation: "Peer-netværket", Phone: "20 45 67 89", Email: "fatima@peer.example.dk"},
}

var firstNames = []string{
	"Jens", "Lone", "Bjørn", "Søs", "Kåre", "Hanne", "Ørjan", "Grethe", "Mads", "Æsa",
	"Niels", "Birgitte", "Torben", "Dorthe", "Rasmus", "Pia", "Jønne", "Karina", "Ole", "Maja",
	"Frederik", "Signe", "Bo", "Tove", "Claus", "Ingrid", "Mikkel", "Sanne", "Åge", "Vibeke",
	"Peter", "Lise", "Kim", "Jytte", "Anders", "Camilla", "Erik", "Rikke", "Thorkild", "Nanna",
}

var lastNames = []string{
	"Sørensen", "Ærø", "Kjærgaard", "Løvgren", "Frølund", "Nørgaard", "Bødker", "Højgaard",
	"Vestergård", "Skovbølle", "Mølgaard", "Dahl", "Brøndum", "Thygesen", "Lærkholm", "Østby",
	"Holm", "Ravnsbæk", "Kirkegård", "Bækgaard",
}

var addresses = []string{
	"Søndergade 14, 2. tv., 2620 Albertslund", "Ågade 3, st., 2610 Rødovre", "Bøgevej 22, 2650 Hvidovre",
	"Nørrebrogade 101, 1. th., 2625 Vallensbæk", "Kærvej 7, 2640 Hedehusene", "Præstemosen 41, 2620 Albertslund",
}

var boardReasons = []string{
	"Indlagt i sidste uge, skal følges tæt efter udskrivelse",
	"Øget misbrug og udeblivelser fra aftaler",
	"Tegn på tilbagefald: sover dårligt, trækker sig fra netværk",
	"Risiko for udsættelse af lejligheden pga. huslejerestance",
	"Ustabilt blodsukker og stopper med medicin",
	"Selvskadende adfærd i weekenden",
	"Ny i forløb, stor usikkerhed om medicin",
	"Konflikt med naboer, politiet har været på besøg",
}

var safetyNotes = []string{
	"Besøg altid to sammen.",
	"Hund i lejligheden – ring før, så den kan lukkes inde.",
	"Ring på to gange og vent; åbner ikke for ukendte.",
	"",
	"",
	"",
}

type goalText struct{ area, text string }

var goalTexts = []goalText{
	{"bolig", "Jeg vil gerne blive boende i min lejlighed og have styr på huslejen."},
	{"helbred", "Jeg vil sove bedre om natten, så jeg kan klare dagen."},
	{"netværk", "Jeg vil se min datter hver anden weekend."},
	{"arbejde", "Jeg vil gerne i gang med noget, måske en praktik i et værksted."},
	{"misbrug", "Jeg vil drikke mindre, især i weekenden."},
	{"helbred", "Jeg vil have styr på mit blodsukker, så jeg ikke bliver så træt."},
	{"netværk", "Jeg vil have nogen at gå ture med."},
	{"økonomi", "Jeg vil have et overblik over mine regninger."},
}

type actionText struct {
	text   string
	sector board.Sector
}

var actionTexts = []actionText{
	{"Søge om bostøtte efter § 85", board.SectorKommune},
	{"Bestille blodprøve (HbA1c) og årskontrol", board.SectorGP},
	{"Følge med til første samtale i jobcenteret", board.SectorKommune},
	{"Medicingennemgang med psykiater", board.SectorRegion},
	{"Kontakte boligselskabet om en afdragsordning", board.SectorKommune},
	{"Henvise til rusmiddelbehandling", board.SectorKommune},
	{"Aftale netværksmøde med pårørende", board.SectorRegion},
	{"Lave en søvndagbog sammen i to uger", board.SectorRegion},
	{"Skrive ansøgning om enkeltydelse til tandlæge", board.SectorKommune},
}

var noteTexts = []string{
	"Hjemmebesøg: Virker mere rolig. Har spist og sovet bedre.",
	"Telefonsamtale: Aflyste besøget, lød træt. Ny aftale om to dage.",
	"Har taget medicin som aftalt hele ugen.",
	"Fortæller om konflikt med underboen. Vil gerne have hjælp til at skrive til boligselskabet.",
	"Mødte ikke op til konsultation. Ringet op uden svar.",
	"Godt møde med datteren i weekenden – stolt over det.",
	"Har drukket i weekenden, men tog selv kontakt mandag.",
}
