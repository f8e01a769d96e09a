package printing

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"tavlen/board"
)

// Text people type that the Go fonts lack: emoji beyond the 16-bit plane
// (🎂 U+1F382 crashed fpdf), Hebrew and Arabic written right to left, a
// symbol, and an emoji no embedded font has (🦩, drawn as the stand-in).
const (
	hebrew = "שלום"
	arabic = "مرحبا"
	cake   = "🎂"
	smile  = "😊"
	heart  = "❤️"
	exotic = "🦩"
)

func unicodePlanInput() PlanInput {
	in := testPlanInput()
	in.Team = "Team Østbyen " + smile
	in.Citizen.Name = "Kirsten " + cake + " Sørensen"
	in.Citizen.PreferredName = "Kirsten " + cake
	in.Plan.Goals[0].Text = "Fejre min fødselsdag " + cake + " med Åse " + smile + " og sige " + hebrew + " og " + arabic + " " + heart + " " + exotic
	in.Plan.Actions[0].Text = "Hjælp med brev på arabisk: " + arabic + " (" + hebrew + ") " + smile
	in.Members[2].Name = "Søren " + smile + " Kjær"
	for _, o := range in.Appointments {
		if o.Appointment.ID == 1 {
			o.Appointment.Title = "Fødselsdag " + cake
		}
	}
	return in
}

func unicodeMinutesInput() MinutesInput {
	in := testMinutesInput()
	in.Citizens[7].Name = "Kirsten " + cake + " Sørensen"
	in.Meeting.Items[0].Decisions = "Vi fejrer " + cake + " " + smile + " – " + hebrew + " " + arabic
	in.NewActions[0].Text = "Købe kage " + cake
	return in
}

func unicodeBoardInput() BoardInput {
	in := testBoardInput(6)
	in.Board.Rows[0].Citizen.Name = "Kirsten " + cake + " Sørensen " + hebrew + " " + arabic + " " + smile
	in.Board.Rows[0].Citizen.BoardReason = "Fødselsdag " + cake
	in.Board.Rows[0].NextAction.Text = "Ring " + smile + " " + arabic
	return in
}

// TestEmojiHebrewArabicPrint: every document prints names, goals,
// decisions and titles with emoji, Hebrew and Arabic without a panic,
// and the text layer has the typed characters (the emoji through
// ActualText, as fpdf draws only 16-bit codes).
func TestEmojiHebrewArabicPrint(t *testing.T) {
	docs := map[string]func() ([]byte, error){
		"plan": func() ([]byte, error) {
			var b bytes.Buffer
			err := WritePlan(&b, unicodePlanInput())
			return b.Bytes(), err
		},
		"minutes": func() ([]byte, error) {
			var b bytes.Buffer
			err := WriteMinutes(&b, unicodeMinutesInput())
			return b.Bytes(), err
		},
		"board": func() ([]byte, error) {
			var b bytes.Buffer
			err := WriteBoard(&b, unicodeBoardInput())
			return b.Bytes(), err
		},
	}
	for name, write := range docs {
		t.Run(name, func(t *testing.T) {
			pdf, err := func() (pdf []byte, err error) {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("printing panicked: %v", r)
					}
				}()
				return write()
			}()
			if err != nil {
				t.Fatal(err)
			}
			path := writePDF(t, pdf)
			if dir := os.Getenv("TAVLEN_KEEP_PDF"); dir != "" {
				_ = os.WriteFile(dir+"/unicode-"+name+".pdf", pdf, 0o644)
			}
			checkPDF(t, path)
			text := pdfText(t, path)
			assertContains(t, text, cake, hebrew, arabic, "Sørensen")
			if name != "board" {
				assertContains(t, text, smile)
			}
			if strings.Contains(text, "\uFFFD\uFFFD") {
				t.Errorf("stand-ins in the text layer: %q", text)
			}
		})
	}
}

var _ = board.SectorKommune
