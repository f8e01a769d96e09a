package board

import "context"

// Team is the team that owns a team file.
type Team struct {
	Name string
	// IntakeGoalDays is the team's goal for booking the intake after a
	// referral; 0 means DefaultIntakeGoalDays.
	IntakeGoalDays int
	Stamp
}

// TeamService reads and renames the team of the open file.
type TeamService interface {
	FindTeam(ctx context.Context) (*Team, error)
	UpdateTeam(ctx context.Context, t *Team) error
}

// IntakeGoal returns the team's goal in days for booking the intake.
func (t *Team) IntakeGoal() int {
	if t == nil || t.IntakeGoalDays <= 0 {
		return DefaultIntakeGoalDays
	}
	return t.IntakeGoalDays
}

// MaxIntakeGoalDays caps the team's goal for booking the intake.
const MaxIntakeGoalDays = 365

// ValidateIntakeGoal checks the team's goal for booking the intake.
func (t *Team) ValidateIntakeGoal() error {
	if t.IntakeGoalDays < 0 || t.IntakeGoalDays > MaxIntakeGoalDays {
		return Invalid("referral.invalid.goal_days", "The goal for the intake is 1 to 365 days.").With("Max", MaxIntakeGoalDays)
	}
	return nil
}
