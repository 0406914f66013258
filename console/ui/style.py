"""One calm stylesheet. State is also said in words: colour is never the only cue."""

STYLESHEET = """
QMainWindow, QStackedWidget > QWidget { background: #f5f6f8; }
QLabel#contactTitle { font-size: 15px; font-weight: 600; }
QLabel#contactTimer { font-size: 15px; font-family: monospace; }
QLabel#offersHeading { font-size: 14px; font-weight: 600; }
QLabel#presenceTime { font-family: monospace; }
QLabel#errorLabel { color: #a4262c; font-weight: 600; }
QLabel#routingState[alert="true"] { color: #a4262c; font-weight: 600; }
QLabel#flagStatus { color: #8a3b00; font-weight: 600; }
QListWidget#offerList { background: white; font-size: 13px; }
QListWidget#offerList::item { padding: 8px 4px; border-bottom: 1px solid #e1e4e8; }
QListWidget#offerList::item:selected { background: #d6e8f7; color: black; }
QPlainTextEdit#chatTranscript { background: white; font-size: 14px; }
QLineEdit#chatInput { font-size: 14px; padding: 4px; }
QPushButton { padding: 5px 12px; }
QPushButton#acceptButton { background: #1d6b35; color: white; font-weight: 600;
    border: 1px solid #14502a; border-radius: 4px; }
QPushButton#acceptButton:disabled { background: #c9d8cd; color: #56635a; border-color: #b0c2b5; }
QPushButton#riskFlagButton { color: #8a1c1c; }
QPushButton#signInButton { font-size: 15px; padding: 8px 20px; }
QFrame#connectionBanner { background: #fff4ce; border: 1px solid #c59d00; border-radius: 4px; }
QFrame#connectionBanner[phase="offline"] { background: #fde7e9; border-color: #a4262c; }
QFrame#transferBar { background: white; border: 1px solid #c8ccd2; border-radius: 4px; }
QLabel#transferState { font-weight: 600; }
QLabel#transferReminder { color: #5c3c00; }
QLabel#transferFailure { color: #a4262c; font-weight: 600; }
QLabel#fallbackNumberLabel { color: #a4262c; }
QFrame#centralArea[training="true"] { border: 6px solid #b34700; }
QLabel#trainingBanner { background: #b34700; color: white; font-size: 16px; font-weight: 700;
    padding: 6px; }
QLabel#trainingTitle { font-size: 14px; font-weight: 600; }
QListWidget#callerLines { background: white; font-size: 13px; }
QFrame#wrapUpDialog { background: #eef3f8; border: 1px solid #9bb4cc; border-radius: 4px; }
"""
