"use client";

import type { FieldMetadata, SubmissionResult } from "@conform-to/react";
import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { flushSync, useFormStatus } from "react-dom";
import { CheckboxField, FieldError, FormSection, RadioGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { ABILITY_SCALE, STAGES } from "@/lib/rules";
import type { followUpSubmission } from "@/lib/validation/follow-up";

type Reply = SubmissionResult<string[]> | undefined;
type SubmitAction = (previous: Reply, formData: FormData) => Promise<Reply>;
type SaveReply = { saved: true; version: number; savedAt: string } | { saved: false; message: string };
type SaveAction = (formData: FormData) => Promise<SaveReply>;

/** Wait this long after the last keystroke before saving the draft. */
const AUTOSAVE_AFTER_MS = 2500;

const TIME = new Intl.DateTimeFormat("sv-SE", { timeStyle: "short", timeZone: "Europe/Stockholm" });
const STAGE_OPTIONS = STAGES.map((s) => ({ value: s.id, label: `${s.label}: ${s.description}` }));
const YES_NO = [
  { value: "ja", label: "Ja" },
  { value: "nej", label: "Nej" },
];

type Meta = FieldMetadata<unknown, Record<string, unknown>, string[]>;

/** One ability on the fixed scale, the choices side by side. */
function ScaleGroup({ meta, legend }: { meta: Meta; legend: string }) {
  const invalid = Boolean(meta.errors?.length);
  return (
    <fieldset id={meta.id} tabIndex={-1} aria-describedby={invalid ? meta.errorId : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {ABILITY_SCALE.map((step) => (
          <label key={step.value} className="flex items-center gap-2">
            <input type="radio" name={meta.name} value={String(step.value)} defaultChecked={meta.initialValue === String(step.value)} className="h-4 w-4" />
            <span>
              {step.value} – {step.label}
            </span>
          </label>
        ))}
      </div>
      <FieldError meta={meta} />
    </fieldset>
  );
}

/** Sends the follow-up. Never disabled by a draft save: a click then would be lost, with nothing said. */
function SendButton({ waiting }: { waiting: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
      {pending || waiting ? "Skickar …" : "Skicka in uppföljningen"}
    </button>
  );
}

/**
 * The provider's follow-up. What is typed is saved as a draft a moment after the typing stops (and
 * with "Spara utkast"); a polite live region says when. "Skicka in" validates everything and sends it
 * to the case officer. The remote questions are asked, and required, for remote and mixed placements.
 */
export function FollowUpForm({
  submitAction,
  saveAction,
  followUpId,
  version,
  remote,
  defaults,
  periodHint,
}: {
  submitAction: SubmitAction;
  saveAction: SaveAction;
  followUpId: string;
  version: number;
  remote: boolean;
  defaults: Record<string, unknown>;
  periodHint: string;
}) {
  const [lastResult, formAction] = useActionState(submitAction, undefined);
  const [form, fields] = useValidatedForm<typeof followUpSubmission>(lastResult, { ...defaults, followUpId });
  const [currentVersion, setCurrentVersion] = useState(version);
  const [saveStatus, setSaveStatus] = useState("");
  const [saving, setSaving] = useState(false);
  const versionRef = useRef(version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const sendAfterSave = useRef(false);
  const [sendWaiting, setSendWaiting] = useState(false);
  /** Typed since the last save that landed: a refused submit saves it as a draft after all. */
  const unsaved = useRef(false);

  /**
   * A submit cancels the save that was waiting for typing to stop (the submit carries it all). A submit while a
   * save is on its way waits for it, and goes when it has landed: sent at once it would carry a version the
   * save is about to replace, and be refused as stale.
   */
  function holdSendWhileSaving(event: FormEvent<HTMLFormElement>) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!inFlight.current) return;
    event.preventDefault();
    sendAfterSave.current = true;
    setSendWaiting(true);
  }

  useEffect(() => {
    if (lastResult?.status === "error" && unsaved.current) scheduleSave();
    // Only a new reply from the server: scheduleSave is the same work on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastResult]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  async function save() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const element = document.getElementById(form.id);
    if (!(element instanceof HTMLFormElement)) return;
    const data = new FormData(element);
    data.set("version", String(versionRef.current));
    inFlight.current = true;
    unsaved.current = false;
    setSaving(true);
    try {
      const reply = await saveAction(data);
      if (reply.saved) {
        versionRef.current = reply.version;
        setCurrentVersion(reply.version);
        setSaveStatus(`Utkastet sparat kl ${TIME.format(new Date(reply.savedAt))}`);
      } else {
        unsaved.current = true;
        setSaveStatus(reply.message);
      }
    } catch {
      unsaved.current = true;
      setSaveStatus("Utkastet kunde inte sparas just nu. Försök igen om en stund.");
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
    if (sendAfterSave.current) {
      sendAfterSave.current = false;
      again.current = false;
      // Rendered before the submit reads the form: its hidden version is the one the save has just returned.
      flushSync(() => setSendWaiting(false));
      element.requestSubmit();
      return;
    }
    if (again.current) {
      again.current = false;
      await save();
    }
  }

  function scheduleSave() {
    unsaved.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_AFTER_MS);
  }

  const abilities = fields.abilities.getFieldList();
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} onSubmitCapture={holdSendWhileSaving}>
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={currentVersion} />
      {remote && <input type="hidden" name="remoteRequired" value="on" />}
      <div className="space-y-6" onInput={scheduleSave} onChange={scheduleSave}>
        <FormSection title="Datum och period">
          <TextField meta={fields.date} label="Datum för uppföljningen" hint="Dagen ni gick igenom perioden, i dag eller tidigare." type="date" className="max-w-[12rem]" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.periodFrom} label="Perioden från" hint={periodHint} type="date" className="max-w-[12rem]" />
            <TextField meta={fields.periodTo} label="Perioden till" type="date" className="max-w-[12rem]" />
          </div>
        </FormSection>
        <FormSection title="Närvaro">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.plannedHours} label="Planerade timmar under perioden" inputMode="numeric" className="max-w-[8rem]" />
            <TextField meta={fields.attendedHours} label="Timmar deltagaren var där" inputMode="numeric" className="max-w-[8rem]" />
          </div>
          <TextAreaField meta={fields.absenceReason} label="Orsak till frånvaro" hint="Behövs när deltagaren var där färre timmar än planerat." optional rows={2} />
        </FormSection>
        <FormSection title="Arbetsuppgifter">
          <TextAreaField meta={fields.tasks} label="Vad har deltagaren gjort, och hur har det gått?" />
        </FormSection>
        <FormSection title="Förmågor">
          <p className="text-sm text-stone-700">Bedöm varje område från 1 (behöver mycket stöd) till 4 (klarar det självständigt). De sista områdena kommer från placeringens mål.</p>
          {abilities.map((item) => {
            const ability = item.getFieldset();
            const area = String(ability.area.initialValue ?? "");
            return (
              <div key={item.key} className="space-y-2 border-t border-stone-200 pt-3">
                <input type="hidden" name={ability.area.name} value={area} />
                <ScaleGroup meta={ability.rating as Meta} legend={area} />
                <TextField meta={ability.note as Meta} label={`Kommentar: ${area}`} optional />
              </div>
            );
          })}
          <TextAreaField meta={fields.abilitiesNote} label="Övrigt om förmågorna" optional rows={2} />
        </FormSection>
        <FormSection title="Oro">
          <CheckboxField meta={fields.hasConcern} label="Vi är oroliga för något" hint="Till exempel frånvaro, mående eller att något inte fungerar. Handläggaren ser det direkt." />
          <TextAreaField meta={fields.concerns} label="Vad är ni oroliga för?" optional rows={2} />
        </FormSection>
        <FormSection title="Deltagarens egen bild">
          <TextAreaField meta={fields.participantView} label="Hur tycker deltagaren själv att det går?" hint="Fråga deltagaren och skriv med deras egna ord." />
        </FormSection>
        <FormSection title="Förslag på steg">
          <SelectField meta={fields.proposedStage} label="Vilket steg tycker ni att deltagaren är i nu?" options={STAGE_OPTIONS} placeholder="Inget förslag" optional />
          <TextAreaField meta={fields.proposedStageReason} label="Varför föreslår ni det steget?" optional rows={2} />
        </FormSection>
        {remote && (
          <FormSection title="Arbete på distans">
            <p className="text-sm text-stone-700">Placeringen görs helt eller delvis hemifrån. Arbete på distans kan göra att deltagaren blir isolerad, så frågorna ställs vid varje uppföljning.</p>
            <RadioGroup meta={fields.remoteIsolated} legend="Verkar deltagaren vara isolerad hemma?" options={YES_NO} />
            <RadioGroup meta={fields.remoteMoveOnSite} legend="Borde en del av arbetsträningen flyttas till arbetsplatsen?" options={YES_NO} />
            <TextAreaField meta={fields.remoteReview} label="Hur fungerar distansarbetet?" rows={2} />
            <CheckboxField meta={fields.remoteConcern} label="Distansarbetet oroar oss" hint="Handläggaren får en varning och tar kontakt." />
          </FormSection>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SendButton waiting={sendWaiting} />
        <button type="button" onClick={() => void save()} disabled={saving} className="rounded border border-brand-800 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50 disabled:opacity-70">
          Spara utkast
        </button>
        <SaveStatus>{sendWaiting ? "Skickar när utkastet är sparat …" : saving ? "Sparar utkastet …" : saveStatus}</SaveStatus>
      </div>
    </ValidatedForm>
  );
}

function SaveStatus({ children }: { children: ReactNode }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-stone-800">
      {children}
    </p>
  );
}
