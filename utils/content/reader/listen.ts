import { splitSentences } from '../../pipeline/text/sentences';
import { markText, unmark } from './highlight';

const SPEAKING = 'lede-speaking';

type Speech = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'pause' | 'resume'>;
type UtteranceConstructor = new (text: string) => SpeechSynthesisUtterance;

export type ListenState = 'idle' | 'speaking' | 'paused';

type VoiceList = Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>;

/** How long to wait for a voice list that is not there yet before saying there is none. */
const VOICE_WAIT_MS = 1500;

/**
 * Whether the system has a voice to read with. Chromium lists its voices only after a
 * `voiceschanged` event, so an empty list is believed only after that event or a short wait.
 */
export function hasVoice(speech: VoiceList, waitMs = VOICE_WAIT_MS): Promise<boolean> {
  if (speech.getVoices().length) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', settle);
      resolve(speech.getVoices().length > 0);
    };
    const timer = setTimeout(settle, waitMs);
    speech.addEventListener('voiceschanged', settle);
  });
}

/**
 * Reads the article aloud with the Web Speech API, one sentence per utterance so the sentence
 * being read can be highlighted (and so long articles do not hit engines' utterance limits).
 */
export class ReadAloud {
  private queue: Array<{ el: Element; text: string }> = [];
  private index = 0;
  state: ListenState = 'idle';

  constructor(
    private readonly body: Element,
    private readonly speech: Speech,
    private readonly Utterance: UtteranceConstructor,
    private readonly lang: string | null,
    private readonly onState: (state: ListenState) => void = () => undefined,
  ) {}

  /** Starts, pauses or resumes: what the single Listen button does. */
  toggle(): void {
    if (this.state === 'idle') this.start();
    else if (this.state === 'speaking') this.pause();
    else this.resume();
  }

  start(): void {
    this.stop();
    this.queue = Array.from(this.body.querySelectorAll('[data-lede-p]')).flatMap((el) =>
      splitSentences(el.textContent ?? '').map((s) => ({ el, text: s.text })),
    );
    this.index = 0;
    this.set('speaking');
    this.next();
  }

  pause(): void {
    this.speech.pause();
    this.set('paused');
  }

  resume(): void {
    this.speech.resume();
    this.set('speaking');
  }

  stop(): void {
    this.queue = [];
    this.speech.cancel();
    unmark(this.body, SPEAKING);
    this.set('idle');
  }

  private next(): void {
    unmark(this.body, SPEAKING);
    const item = this.queue[this.index++];
    if (!item) {
      this.set('idle');
      return;
    }
    const utterance = new this.Utterance(item.text);
    if (this.lang) utterance.lang = this.lang;
    const queue = this.queue;
    utterance.onstart = () => {
      const mark = markText(item.el, item.text, SPEAKING);
      (mark ?? item.el).scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    };
    // A stale utterance (cancelled by stop or a new start) must not advance the new queue.
    const advance = () => queue === this.queue && this.next();
    utterance.onend = advance;
    utterance.onerror = advance;
    this.speech.speak(utterance);
  }

  private set(state: ListenState): void {
    this.state = state;
    this.onState(state);
  }
}
