import { Component, type ReactNode } from 'react';

/** Keeps one broken region from taking the page down; says what failed and offers a retry. */
export class ErrorBoundary extends Component<
  { name: string; children: ReactNode },
  { error: Error | null }
> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.error(`[jk-tracker] ${this.props.name} failed:`, error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p>
          The {this.props.name} could not be shown: {this.state.error.message}
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
