package board

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Goal is a wish or goal in the citizen's own words.
type Goal struct {
	ID        int64
	CitizenID int64
	Text      string
	LifeArea  string // e.g. "bolig", "helbred", "netværk", "arbejde"
	Position  int    // order on the plan
	Stamp
}

// ActionStatus is the state of a plan action.
type ActionStatus string

const (
	ActionOpen      ActionStatus = "open"
	ActionDone      ActionStatus = "done"
	ActionCancelled ActionStatus = "cancelled"
)

// ActionStatuses lists the statuses of an action.
var ActionStatuses = []ActionStatus{ActionOpen, ActionDone, ActionCancelled}

// Action is who does what by when: a plan item.
type Action struct {
	ID            int64
	CitizenID     int64
	GoalID        int64 // linked goal, or 0
	Text          string
	ResponsibleID int64 // member, or 0 when the citizen or network does it
	Sector        Sector
	Due           Date
	Status        ActionStatus
	DoneOn        Date
	Stamp
}

// Overdue reports whether an open action's due date has passed.
func (a *Action) Overdue(today Date) bool {
	return a.Status == ActionOpen && !a.Due.IsZero() && a.Due.Before(today)
}

// CrisisPlan says what to do when things get hard, in the citizen's words.
type CrisisPlan struct {
	CitizenID    int64
	WarningSigns string
	WhatHelps    string
	WhomToCall   string // names and phone numbers
	Stamp
}

// Validate checks the crisis plan.
func (p *CrisisPlan) Validate() error {
	return refuseCPR(p.StoredTexts()...)
}

// IsEmpty reports whether nothing is written in the crisis plan.
func (p *CrisisPlan) IsEmpty() bool {
	return p == nil || strings.TrimSpace(p.WarningSigns+p.WhatHelps+p.WhomToCall) == ""
}

// Validate checks the goal.
func (g *Goal) Validate() error {
	g.Text = strings.TrimSpace(g.Text)
	if g.CitizenID == 0 {
		return Invalid("invalid.goal_citizen", "A goal belongs to a citizen.")
	}
	if g.Text == "" {
		return Invalid("invalid.goal_text", "Write the goal in the citizen's own words.")
	}
	return refuseCPR(g.StoredTexts()...)
}

// Validate checks the action.
func (a *Action) Validate() error {
	a.Text = strings.TrimSpace(a.Text)
	if a.CitizenID == 0 {
		return Invalid("invalid.action_citizen", "An action belongs to a citizen.")
	}
	if a.Text == "" {
		return Invalid("invalid.action_text", "Write what is to be done.")
	}
	if a.Status == "" {
		a.Status = ActionOpen
	}
	switch a.Status {
	case ActionOpen, ActionDone, ActionCancelled:
	default:
		return Invalid("invalid.action_status", fmt.Sprintf("Unknown action status %q.", a.Status)).With("Status", a.Status)
	}
	if a.Sector != "" && !a.Sector.Valid() {
		return Invalid("invalid.action_sector", fmt.Sprintf("Unknown sector %q.", a.Sector)).With("Sector", a.Sector)
	}
	return refuseCPR(a.StoredTexts()...)
}

// Plan is a citizen's whole plan as printed and shown.
type Plan struct {
	Goals   []*Goal
	Actions []*Action
	Crisis  *CrisisPlan
	// LastChange is the latest save of any part of the plan.
	LastChange time.Time
}

// PlanService reads and writes goals, actions and crisis plans.
type PlanService interface {
	FindPlan(ctx context.Context, citizenID int64) (*Plan, error)

	CreateGoal(ctx context.Context, g *Goal) error
	UpdateGoal(ctx context.Context, g *Goal) error
	DeleteGoal(ctx context.Context, id, version int64) error

	FindActions(ctx context.Context, filter ActionFilter) ([]*Action, error)
	CreateAction(ctx context.Context, a *Action) error
	UpdateAction(ctx context.Context, a *Action) error
	DeleteAction(ctx context.Context, id, version int64) error

	// SaveCrisisPlan creates or updates the citizen's crisis plan; p.Version
	// 0 means "there was none when I read it".
	SaveCrisisPlan(ctx context.Context, p *CrisisPlan) error
}

// ActionFilter selects actions. Zero fields do not filter.
type ActionFilter struct {
	CitizenID     int64
	ResponsibleID int64
	OpenOnly      bool
	DueBefore     Date // only actions due before this day
}
