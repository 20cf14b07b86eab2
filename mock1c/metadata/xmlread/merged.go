package xmlread

import (
	"fmt"

	"wazzup-unf/mock1c/metadata"
)

// ReadMerged reads a base configuration and an extension and merges them
// as the platform applies the extension: what the emulator loads. Problems
// of both reads and of the merge are returned together (files relative to
// their own dump root); err is set only when a directory is not a dump.
func ReadMerged(baseDir, extDir string) (*metadata.Merged, []*metadata.Problem, error) {
	base, err := Read(baseDir)
	if err != nil {
		return nil, nil, fmt.Errorf("base: %w", err)
	}
	ext, err := Read(extDir)
	if err != nil {
		return nil, nil, fmt.Errorf("extension: %w", err)
	}
	probs := append(append([]*metadata.Problem(nil), base.Problems...), ext.Problems...)
	if base.Config == nil || ext.Config == nil {
		return nil, probs, nil
	}
	m, mp := metadata.Merge(base.Config, ext.Config)
	return m, append(probs, mp...), nil
}
