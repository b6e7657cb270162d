// Package review is the durable store of fact-checkers' verdicts, notes and
// corrections, and the logic that re-attaches them to a new analysis.
//
// # Where the store lives
//
// A store is a directory, by default ./.claimdiff in the working directory
// (like .git), chosen with --store DIR. It never sits next to the corpus, so
// it works when the corpus is read-only, comes from standard input or spans
// several folders. Open creates it and fails at once, with a
// *LocationError carrying a hint, when it cannot be written. The directory
// holds:
//
//	reviews.jsonl   the log: one JSON object per line, append-only
//	.gitattributes  "reviews.jsonl merge=union", so two branches' reviews merge
//	.gitignore      "reviews.lock"
//	README          one paragraph saying what the folder is
//	reviews.lock    the lock file two processes take turns on (not versioned)
//
// # The format of reviews.jsonl
//
// Every change a reviewer makes is one line, appended and never rewritten:
//
//	{"op":"verdict","target":"d-5f2c9a1e/c-81b0e2","doc":"d-5f2c9a1e","text":"وصل الشيباني إلى موسكو","verdict":"false","note":"الزيارة في 31 تموز","reviewer":"amal","at":"2025-12-24T10:00:00Z","id":"r-8f3a61c09b2d4e7f"}
//
// Fields (snake_case, unknown fields are ignored so later versions can add
// some):
//
//	id        unique entry ID, "r-" and 16 hex digits; duplicates (as a union
//	          merge can make) are read once
//	op        verdict | note | split | merge | move | not-same | revoke
//	target    the claim ("d-xxxxxxxx/c-xxxxxx", optionally "-N") or alignment
//	          ("al-…") the entry is about; for split the alignment split, for
//	          merge the first alignment, for move the claim moved
//	with      merge: the second alignment's ID
//	doc       the claim's document ID
//	text      the claim's text when the entry was made
//	members   for an alignment target: its member claims, [{"id","text"}]
//	verdict   confirmed | disputed | false | misleading | unverifiable |
//	          needs-checking
//	note      free text
//	groups    split: the claim groups the alignment was split into (claims in
//	          one group stay together, claims in different groups never
//	          share an alignment again); merge: the
//	          two alignments' members (all of them are kept together);
//	          not-same: [[a],[b]], two claims that must never share an
//	          alignment. Each member is {"id","text"}
//	event     move: the destination event's ID, "" for out of all events
//	event_members  move: the destination event's member claims, so the move
//	          finds the event again when its ID changes
//	revokes   revoke: the ID of an entry that no longer counts
//	reviewer  who (the --reviewer flag, the config file, or the OS user)
//	at        when, UTC, RFC 3339 to the second
//
// Keys appear in a fixed order and Arabic text is written as UTF-8, not
// escaped, so the file greps, diffs and merges line by line.
//
// # Reading: which entry wins
//
// Entries are read in file order. The latest verdict on a target wins:
// latest by "at", and for equal times the one further down the file. Notes
// accumulate. Corrections are re-applied in the same order on every analysis
// (ApplyCorrections), each pair of claims taking the relation the latest
// correction about it gave.
//
// # Durability
//
// Append takes the lock file, writes the whole line with one write call,
// fsyncs the file (and the directory when the file was just created) and only
// then returns. A crash or kill -9 mid-write can leave at most one torn last
// line: reading reports it with its line number and keeps every complete
// entry, and the next Append starts a fresh line first, so the torn bytes
// never glue onto a good entry.
//
// # Re-attachment
//
// Every entry keeps the text it was made on. When IDs move (a better claim
// splitter, an edited article) an entry re-attaches to a claim by exact ID,
// else by exact text (whitespace and invisible marks normalised) within the
// same document, else by that text anywhere when exactly one claim has it;
// an alignment by ID, else by its members re-attached one by one. What does
// not re-attach is listed as orphaned in a Report, never dropped silently.
package review
