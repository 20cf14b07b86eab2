package metadata

import "bytes"

// RuleDesignerBytes is the standards warning for files that are not written
// the way the Designer writes them: UTF-8 with a byte-order mark and CRLF
// line ends (../shared/reference/designer-2.16-skeletons.md §1). The platform
// also loads files without them, so this is a warning (an error under
// --strict), which keeps hand-written dumps byte-identical in style to what
// a Designer round trip produces.
const RuleDesignerBytes = "std-designer-bytes"

// CheckDesignerBytes reports, for the file rel holding data, a missing BOM
// and the first line that ends with a bare LF.
func CheckDesignerBytes(ps *Problems, rel string, data []byte) {
	if !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		ps.Warnf(RuleDesignerBytes, Pos{File: rel, Line: 1, Col: 1},
			"no UTF-8 byte-order mark: the Designer writes UTF-8 with BOM")
	}
	line := 1
	for i, c := range data {
		if c != '\n' {
			continue
		}
		if i == 0 || data[i-1] != '\r' {
			ps.Warnf(RuleDesignerBytes, Pos{File: rel, Line: line, Col: 1},
				"line ends with LF only: the Designer writes CRLF line ends")
			return
		}
		line++
	}
}
