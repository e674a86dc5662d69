import { Component, type ReactNode } from 'react';
import { LangContext, messagesOf, type LangState } from '../i18n/context';
import { core as enCore } from '../i18n/en/core';

/** Keeps one broken region from taking the page down; says what failed and offers a retry. */
export class ErrorBoundary extends Component<
  { name: string; children: ReactNode },
  { error: Error | null }
> {
  static contextType = LangContext;
  declare context: LangState;
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.error(`[jk-tracker] ${this.props.name} failed:`, error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const m = messagesOf(this.context, 'core', enCore).regions;
    return (
      <div className="region-error" role="alert">
        <p>{m.failed(this.props.name, this.state.error.message)}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {m.retry}
        </button>
      </div>
    );
  }
}
