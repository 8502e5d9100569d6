//! `studylog import FILE`: the document is read on a thread of its own, study by study, and
//! each study is written into the journal, in one transaction, as soon as it is read. Memory
//! holds a study or two, never the document, and reading (the JSON) and writing (SQLite) run
//! side by side on two cores.
//!
//! All or nothing holds as before: the transaction is committed only once the whole document
//! is read and found good. The errors come in the same order too: the document's own (the
//! input, the JSON, the format) before the journal's, as when the document was read whole
//! before the journal was opened; so the journal is opened at the first study, and a new
//! journal is made aside and put in place only at the commit ([`Fresh`]).

use std::fs::File;
use std::io::{self, Read};
use std::ops::ControlFlow;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, sync_channel};

use super::{CliError, Result, journal_error, open};
use crate::cli::ImportArgs;
use crate::domain::Study;
use crate::domain::text::quoted;
use crate::export::interchange::{self, ReadError};
use crate::i18n::{Msg, Tr};
use crate::store::{Conflict, Fresh, Imported, Importer, OpenMode, Store, StoreError};

pub(super) fn import(db: &Path, args: &ImportArgs, tr: Tr) -> Result<ExitCode> {
    let conflict = match (args.replace, args.rename) {
        (true, _) => Conflict::Replace,
        (_, true) => Conflict::Rename,
        _ => Conflict::Refuse,
    };
    let imported = if args.file == Path::new("-") {
        import_from(db, io::stdin(), &args.file, conflict)?
    } else {
        let file = File::open(&args.file).map_err(|source| CliError::ReadInput {
            path: args.file.clone(),
            source,
        })?;
        import_from(db, file, &args.file, conflict)?
    };
    let mut report = String::new();
    for study in &imported {
        let name = quoted(&study.name);
        let line = match (&study.renamed_from, study.replaced) {
            (Some(old), _) => tr.cli_import_imported_as(quoted(old), name),
            (None, true) => tr.cli_import_replaced(name),
            (None, false) => tr.cli_import_imported(name),
        };
        report.push_str(&line);
        report.push('\n');
    }
    if imported.is_empty() {
        report.push_str(tr.get(Msg::CliImportNothing));
        report.push('\n');
    }
    eprint!("{report}");
    Ok(ExitCode::SUCCESS)
}

/// Imports the document `input` (named `name` in messages) into the journal at `db`, all or
/// nothing: what `studylog import` does, for the benchmarks to measure.
pub fn import_from<R: Read + Send>(
    db: &Path,
    input: R,
    name: &Path,
    conflict: Conflict,
) -> Result<Vec<Imported>> {
    // One study waits while the next is read: two in memory at most, besides the one being
    // written.
    let (hand, studies) = sync_channel::<Study>(1);
    std::thread::scope(|scope| {
        let reading = scope.spawn(move || {
            // When the writing side stops (it failed), reading goes on to the end alone, to
            // report the document's own errors first.
            interchange::read_studies(input, |study| match hand.send(study) {
                Ok(()) => ControlFlow::Continue(()),
                Err(_) => ControlFlow::Break(()),
            })
        });
        let verdict = || match reading.join() {
            Ok(read) => read.map_err(|e| match e {
                ReadError::Input(source) => CliError::ReadInput {
                    path: name.to_owned(),
                    source,
                },
                ReadError::Document(source) => CliError::Interchange {
                    input: name.to_owned(),
                    source,
                },
            }),
            Err(panic) => std::panic::resume_unwind(panic),
        };
        write(db, conflict, studies, verdict)
    })
}

/// Writes what `studies` brings into the journal at `db`. `verdict` (called once, when
/// `studies` is closed or dropped) says whether the document was good: only then is the
/// import committed.
fn write(
    db: &Path,
    conflict: Conflict,
    studies: Receiver<Study>,
    verdict: impl FnOnce() -> Result<()>,
) -> Result<Vec<Imported>> {
    let Ok(first) = studies.recv() else {
        // No study came: a bad document, or one without studies. Nothing is written, and no
        // journal made where there was none (a mistyped --db would quietly become one); a
        // file that is there must still be a journal this studylog reads.
        verdict()?;
        if std::fs::symlink_metadata(db).is_ok() {
            open(db, OpenMode::ReadOnly)?;
        }
        return Ok(Vec::new());
    };
    let mut journal = match Journal::open(db) {
        Ok(journal) => journal,
        Err(e) => {
            drop(studies);
            verdict()?;
            return Err(e);
        }
    };
    let filled = fill(journal.store(), conflict, first, studies);
    verdict()?;
    let imported = filled.and_then(Importer::commit).map_err(|e| match e {
        StoreError::StudiesExist { names } => CliError::StudiesExist { names },
        other => journal_error(db)(other),
    })?;
    journal.keep().map_err(journal_error(db))?;
    Ok(imported)
}

/// Adds `first` and then each study `rest` brings, until it closes or a study fails.
fn fill(
    store: &mut Store,
    conflict: Conflict,
    first: Study,
    rest: Receiver<Study>,
) -> Result<Importer<'_>, StoreError> {
    let mut importer = store.begin_import(conflict)?;
    importer.add(&first)?;
    drop(first);
    for study in rest {
        importer.add(&study)?;
    }
    Ok(importer)
}

/// The journal an import writes into: the one at its path, or a new one made aside.
enum Journal {
    There(Store),
    New(Fresh),
}

impl Journal {
    fn open(db: &Path) -> Result<Journal> {
        match std::fs::symlink_metadata(db) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Fresh::create(db)
                .map(Journal::New)
                .map_err(journal_error(db)),
            _ => open(db, OpenMode::CreateIfMissing).map(Journal::There),
        }
    }

    fn store(&mut self) -> &mut Store {
        match self {
            Journal::There(store) => store,
            Journal::New(fresh) => fresh.store(),
        }
    }

    fn keep(self) -> Result<(), StoreError> {
        match self {
            Journal::There(_) => Ok(()),
            Journal::New(fresh) => fresh.keep(),
        }
    }
}
