"""``approval-file REF -o FILE.pdf [--lang L]``: the approval file as a printed document."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("approval-file",
                       help="the approval file of a mission, for the approvers (PDF)")
    p.add_argument("ref", metavar="REF")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--lang", default="nl", metavar="L",
                   help="language of the document's words (nl, the default, or en); the "
                        "mission's own texts are picked in it")
    p.set_defaults(func=cmd_approval_file)


def cmd_approval_file(ctx, args) -> None:
    from almere_missions.documents.approval_file import render_approval_file

    # A write unit of work: a stale screening is re-run and kept, as approving would do.
    with ctx.uow() as uow:
        pages = render_approval_file(uow, args.ref, args.output, args.lang)
        uow.commit()
    print(f"wrote {args.output} ({pages} pages)")
