<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../dlviz/ui/replay.py" line="+479"/>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most one frame per kept snapshot ({n} kept)</source>
        <translation>저장된 스냅숏 하나에 프레임 하나까지 (스냅숏 {n}개)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frames</source>
        <translation>프레임 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>재생 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (pixels)</source>
        <translation>크기 (픽셀)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../dlviz/ui/panels/control_panel.py" line="+154"/>
        <source>Data</source>
        <extracomment>The Config fields the panel edits, in display order; ``values()`` returns these and every registry option (see :meth:`ControlPanel.option_keys`). GUI slider ranges, where they are narrower than Config&apos;s (declared as each key&apos;s ``view``). ``set_config`` widens one to show a larger value from the CLI or a file, rather than showing something other than what runs.</extracomment>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show or hide this group of settings.</source>
        <translation>이 설정 묶음을 펼치거나 접습니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A change applies from the next step.</source>
        <translation>바꾸면 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change starts a new run.</source>
        <translation>바꾸면 새 실행을 시작합니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+110"/>
        <source>Stop using the CSV file and go back to the generated dataset.</source>
        <translation>CSV 파일 대신 생성된 데이터셋으로 돌아갑니다.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+103"/>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw new random data and new starting weights by picking a new seed.</source>
        <translation>새 시드를 골라 새 데이터와 새 초기 가중치를 만듭니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load CSV…</source>
        <translation>CSV 불러오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on your own points: a CSV file with columns x1, x2 and label.</source>
        <translation>내 데이터로 학습합니다: x1, x2, 클래스 이름의 세 열로 된 CSV 파일.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Image folder</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using the image folder and go back to the generated dataset.</source>
        <translation>이미지 폴더를 그만 쓰고 생성된 데이터셋으로 돌아갑니다.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not used while an image folder is loaded.</source>
        <translation>이미지 폴더를 쓰는 동안에는 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used while a CSV file is loaded.</source>
        <translation>CSV 파일을 쓰는 동안에는 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} dataset always has 2 classes.</source>
        <translation>{name} 데이터셋은 항상 클래스가 2개입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {name} dataset always has {n} classes.</source>
        <translation>{name} 데이터셋은 항상 클래스가 {n}개입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no hidden layers: set Hidden layers to 1 or more.</source>
        <translation>은닉층이 없습니다: 은닉층 수를 1 이상으로 하세요.</translation>
    </message>
</context>
<context>
    <name>EpochsBox</name>
    <message>
        <location filename="../../dlviz/ui/panels/widgets.py" line="+510"/>
        <source>until paused</source>
        <translation>멈출 때까지</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../dlviz/ui/i18n.py" line="+51"/>
        <source>Export...</source>
        <extracomment>The languages the window speaks, by code, each named in itself: a new language is a new ``.ts`` file compiled to its ``.qm`` (``python -m dlviz.ui.i18n_update --new &lt;code&gt;``). pyqtgraph&apos;s own strings the window shows (the plots&apos; right-click menu), from pyqtgraph/GraphicsScene/GraphicsScene.py and graphicsItems/ViewBox/ViewBoxMenu.py: lupdate is not run over site-packages, so they are marked here (tests/ui/test_translations.py checks that the installed pyqtgraph asks for no other).</extracomment>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../dlviz/ui/views/health.py" line="+97"/>
        <source>The hidden layer whose pre-activations the lower plot shows</source>
        <translation>아래 그래프에 활성화 전 값을 보여 줄 은닉층</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-activations of:</source>
        <translation>활성화 전 값:</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Layer {n}</source>
        <translation>{n}층</translation>
    </message>
</context>
<context>
    <name>LogSlider</name>
    <message>
        <location filename="../../dlviz/ui/panels/widgets.py" line="-249"/>
        <location line="+4"/>
        <source>off</source>
        <extracomment>Log sliders move in steps of a twentieth of a decade (~12 %).</extracomment>
        <translation>끔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dlviz/ui/main_window.py" line="+55"/>
        <source>dlviz — watch a neural network learn</source>
        <translation>dlviz — 신경망이 배우는 모습 보기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One thinned network (a dropout mask)</source>
        <translation>솎아 낸 신경망 하나 (드롭아웃 마스크)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show validation points</source>
        <translation>검증 점 보이기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points held out from training, drawn as hollow triangles.</source>
        <translation>학습에서 뺀 점으로, 속이 빈 삼각형으로 그립니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a thinned network</source>
        <translation>솎아 낸 신경망과 비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With dropout, training sees a different thinned network at every step. Shows the one this mini-batch&apos;s first sample saw (its dropout mask) below the full network used for evaluation.</source>
        <translation>드롭아웃을 쓰면 학습은 스텝마다 다른 솎아 낸 신경망을 봅니다. 이 미니배치의 첫 샘플이 본 신경망(드롭아웃 마스크)을 평가에 쓰는 전체 신경망 아래에 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot load CSV</source>
        <extracomment>The centre of a run whose data are not 2-D points, by their kind (the decision regions&apos; otherwise): an image run&apos;s PCA map, a regression&apos;s fitted curve or predicted surface. The docked views by dock name (the registry&apos;s, dlviz.ui.viewspec.VIEWS), and every dock by name.</extracomment>
        <translation>CSV를 불러올 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the image folder</source>
        <translation>이미지 폴더를 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved settings were unreadable and have been reset.</source>
        <translation>저장된 설정을 읽을 수 없어 초기화했습니다.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Regression target</source>
        <translation>회귀 목표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no label column. Which column should the network fit?</source>
        <translation>파일에 label 열이 없습니다. 신경망이 어떤 열의 값을 맞추게 할까요?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loss and R²</source>
        <translation>손실과 R²</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training stopped</source>
        <translation>학습 중단됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training process is not responding.</source>
        <translation>학습 프로세스가 응답하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart training</source>
        <translation>학습 다시 시작</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Full network (evaluation)</source>
        <translation>전체 신경망 (평가)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision regions</source>
        <translation>결정 영역</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load a CSV dataset</source>
        <translation>CSV 데이터셋 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a folder of images (one sub-folder per class)</source>
        <translation>이미지 폴더 열기 (클래스마다 하위 폴더 하나)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading {name}… (Esc cancels)</source>
        <translation>{name} 불러오는 중… (Esc로 취소)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export plots into folder</source>
        <translation>그래프를 내보낼 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export scale</source>
        <translation>내보내기 배율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image scale (2× suits slides):</source>
        <translation>이미지 배율 (발표 자료에는 2×):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {n} PNG files to {folder}</source>
        <translation>PNG 파일 {n}개를 {folder}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ReplayFeature</name>
    <message>
        <location filename="../../dlviz/ui/replay.py" line="-427"/>
        <location line="+106"/>
        <location line="+109"/>
        <location line="+23"/>
        <source>Replay</source>
        <translation>다시 보기</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Play training back from the start (Ctrl+Shift+R)</source>
        <translation>학습 과정을 처음부터 다시 재생합니다 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training timeline</source>
        <translation>학습 타임라인</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replay training</source>
        <translation>학습 다시 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play training back from the start, while paused</source>
        <translation>일시 정지한 동안 학습 과정을 처음부터 다시 재생합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export animation…</source>
        <translation>애니메이션 내보내기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An animated GIF of the centre view and the curves, for slides</source>
        <translation>가운데 그림과 곡선을 담은 GIF 애니메이션 (발표 자료용)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Training resumed: export the animation again while paused.</source>
        <translation>학습이 다시 시작되었습니다. 일시 정지한 뒤 애니메이션을 다시 내보내세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay shows one run: leave the comparison first</source>
        <translation>다시 보기는 실행 하나만 보여 줍니다. 먼저 비교를 끝내세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause training to scrub back through it</source>
        <translation>학습을 일시 정지하면 지나온 과정을 되돌려 볼 수 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag (or use the arrow keys) to go back through training</source>
        <translation>끌거나 화살표 키로 학습 과정을 되돌려 봅니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The run changed: export the animation again.</source>
        <translation>실행이 바뀌었습니다. 애니메이션을 다시 내보내세요.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>epoch {epoch} / {total}</source>
        <translation>에포크 {epoch} / {total}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+16"/>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>An animation shows one run: leave the comparison first.</source>
        <translation>애니메이션은 실행 하나만 담습니다. 먼저 비교를 끝내세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drawing the frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote {path}</source>
        <translation>{path} 저장함</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Encoding the GIF…</source>
        <translation>GIF로 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../../dlviz/ui/controller.py" line="+43"/>
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>일시정지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>diverged at step {n}</source>
        <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: {msg}</source>
        <translation>오류: {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epoch 0</source>
        <translation>에포크 0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step 0</source>
        <translation>스텝 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch {n}</source>
        <translation>에포크 {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step {n}</source>
        <translation>스텝 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{r} steps/s</source>
        <translation>초당 {r} 스텝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train loss {v}</source>
        <translation>훈련 손실 {v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R² {v}</source>
        <translation>R² {v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accuracy {v}%</source>
        <translation>정확도 {v}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>val loss {v}</source>
        <translation>검증 손실 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr {v}</source>
        <translation>학습률 {v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{step}/step, {epoch}/epoch, {bytes}/batch</source>
        <translation>스텝당 {step}, 에포크당 {epoch}, 배치당 {bytes}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>{label} · epoch {n}</source>
        <translation>{label} · 에포크 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{act}, {opt}, lr {lr} · epoch {n}</source>
        <translation>{act}, {opt}, 학습률 {lr} · 에포크 {n}</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/pinned.py" line="+34"/>
        <source>Nothing to pin yet: the run has no frame.</source>
        <translation>아직 고정할 것이 없습니다: 실행에 프레임이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only runs on 2-D points can be pinned: images have no plane of regions.</source>
        <translation>2차원 점 데이터의 실행만 고정할 수 있습니다. 이미지에는 영역을 그릴 평면이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {n} pinned runs: remove one first.</source>
        <translation>고정한 실행은 최대 {n}개입니다: 먼저 하나를 지우세요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The pinned run has the current settings: press Reset to train it again.</source>
        <translation>고정한 실행의 설정이 지금과 같습니다: 다시 학습하려면 초기화를 누르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pinned run differs in {keys}: a comparison varies one or two settings.</source>
        <translation>고정한 실행은 {keys}이(가) 다릅니다: 비교는 설정 한두 개만 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/experiments.py" line="+38"/>
        <source>Nothing to save: no run is training.</source>
        <translation>저장할 것이 없습니다: 학습 중인 실행이 없습니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path}: window.json does not fit its runs ({e})</source>
        <translation>{path}: window.json이 실행과 맞지 않습니다 ({e})</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/controller.py" line="+69"/>
        <source>This run has ended: press Reset or change a setting.</source>
        <translation>이 실행은 끝났습니다: 초기화를 누르거나 설정을 바꾸세요.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The watch speed must be a number of epochs per second above 0, got {value}</source>
        <translation>보기 속도는 초당 에포크 수로 0보다 커야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no landscape was computed</source>
        <translation>손실 지형이 계산되지 않았습니다</translation>
    </message>
    <message>
        <location line="+99"/>
        <source> — press Play to start a new one</source>
        <translation> — 재생을 누르면 새로 시작합니다</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../dlviz/ui/worker.py" line="+365"/>
        <source>the training worker failed: {0}</source>
        <translation>학습 작업자 오류: {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the training process did not start: it sent nothing in {0:.0f} s</source>
        <translation>학습 프로세스가 시작되지 않았습니다: {0:.0f}초 동안 응답이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training process not responding (silent for {0:.0f} s)</source>
        <translation>학습 프로세스 응답 없음 ({0:.0f}초째 조용함)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is gone</source>
        <translation>프로세스가 사라졌습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the training process stopped unexpectedly ({0})</source>
        <translation>학습 프로세스가 갑자기 멈췄습니다 ({0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the training process was restarted</source>
        <translation>학습 프로세스를 다시 시작했습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the training process is not running: press Play to start a new one</source>
        <translation>학습 프로세스가 실행 중이 아닙니다: 재생을 누르면 새로 시작합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not start the training process: {0}</source>
        <translation>학습 프로세스를 시작할 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../dlviz/ui/i18n.py" line="+1"/>
        <source>ViewBox options</source>
        <translation>보기 옵션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis</source>
        <translation>축</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 button</source>
        <translation>버튼 3개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 button</source>
        <translation>버튼 1개</translation>
    </message>
</context>
<context>
    <name>animation</name>
    <message>
        <location filename="../../dlviz/ui/animation.py" line="+47"/>
        <source>frames must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>프레임 수는 {lo}에서 {hi} 사이의 정수여야 합니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seconds must be a number from {lo:g} to {hi:g}, got {value}</source>
        <translation>재생 시간은 {lo:g}초에서 {hi:g}초 사이여야 합니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the size must be from {w0}x{h0} to {w1}x{h1} pixels, got {w}x{h}</source>
        <translation>크기는 {w0}x{h0}에서 {w1}x{h1} 픽셀 사이여야 합니다 (입력: {w}x{h})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the size must be WIDTHxHEIGHT in pixels (like 960x480), got {value!r}</source>
        <translation>크기는 너비x높이 픽셀로 적어야 합니다 (예: 960x480, 입력: {value!r})</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>epoch {epoch} · step {step}</source>
        <extracomment>kind (``Dataset.kind``) -&gt; factory of the centre view a GIF shows (a view with ``update_frame(frame)``). Kinds without an entry show the decision view.</extracomment>
        <translation>에포크 {epoch} · 스텝 {step}</translation>
    </message>
</context>
<context>
    <name>backprop</name>
    <message>
        <location filename="../../dlviz/ui/views/backprop.py" line="+102"/>
        <source>Forward: the output layer {l}</source>
        <translation>순전파: 출력층 {l}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward: hidden layer {l}</source>
        <translation>순전파: 은닉층 {l}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>[{n} more terms: {v}]</source>
        <extracomment>Products of a sum written out, at most (the rest are summed as one).</extracomment>
        <translation>[나머지 {n}개 항: {v}]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chain rule for {w}:</source>
        <translation>{w}의 연쇄 법칙:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Softmax turns the output into probabilities that add up to 1.</source>
        <translation>소프트맥스가 출력을 합이 1인 확률로 바꿉니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each unit adds up its inputs times their weights, plus its bias (z), then applies the activation (a).</source>
        <translation>각 뉴런은 입력에 가중치를 곱해 더하고 편향을 더한 뒤(z), 활성화 함수를 적용합니다(a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax turns the output into probabilities; the loss is small when the sample&apos;s own class ({c}) gets a high probability.</source>
        <translation>소프트맥스가 출력을 확률로 바꿉니다. 이 점의 클래스({c})가 높은 확률을 받을수록 손실이 작습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gradients: ∂L/∂W{l} = δ{l} {a}ᵀ, ∂L/∂b{l} = δ{l}.</source>
        <translation>기울기: ∂L/∂W{l} = δ{l} {a}ᵀ, ∂L/∂b{l} = δ{l}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward: the output layer {l}</source>
        <translation>역전파: 출력층 {l}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean |δ{l}|: {v}</source>
        <translation>|δ{l}| 평균: {v}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid: f′(z) ≤ 0.25 multiplies δ at every layer on the way back, so unless the weights are large, δ shrinks towards the input. This is the vanishing gradient.</source>
        <translation>시그모이드는 거꾸로 지나는 층마다 δ에 f′(z) ≤ 0.25를 곱합니다. 가중치가 크지 않으면 δ는 입력 쪽으로 갈수록 줄어듭니다. 이것이 기울기 소실입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The update: w ← w − η·g</source>
        <translation>갱신: w ← w − η·g</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover any weight (an edge) to see its own chain rule.</source>
        <translation>가중치(연결선)에 마우스를 올리면 그 가중치의 연쇄 법칙이 보입니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mean |δ| per layer (input side on the left)</source>
        <translation>층별 |δ| 평균 (왼쪽이 입력 쪽)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Training sample</source>
        <translation>훈련 샘플</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The training sample&apos;s number; or click a training point in the decision regions</source>
        <translation>훈련 샘플 번호. 결정 영역에서 훈련 점을 클릭해도 됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow this sample through the network on the current weights</source>
        <translation>현재 가중치로 이 샘플이 신경망을 지나는 과정을 봅니다</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Sample {i}: {c}, predicted {p}; {when}; dropout off.</source>
        <translation>샘플 {i}: {c}, 예측 {p}; {when}; 드롭아웃 끔.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot follow this sample: {why}</source>
        <translation>이 샘플을 따라갈 수 없습니다: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>class {c}</source>
        <translation>클래스 {c}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({x}): {c}</source>
        <translation>({x}): {c}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pick a training sample</source>
        <translation>훈련 샘플을 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a training point in the decision regions, or type its number and press Follow. Then step forward and backward through the network with Next and Back.</source>
        <translation>결정 영역에서 훈련 점을 클릭하거나 번호를 입력하고 따라가기를 누르세요. 그다음 다음/이전으로 신경망을 앞뒤로 한 단계씩 지나갑니다.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Mean |δ|: {v} here, {w} in layer {n}.</source>
        <translation>|δ| 평균: 이 층은 {v}, 층 {n}은 {w}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backward: hidden layer {l}</source>
        <translation>역전파: 은닉층 {l}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After this step on every weight, the loss on this sample goes from {a} to {b}.</source>
        <translation>모든 가중치를 이렇게 한 번 갱신하면 이 점의 손실이 {a}에서 {b}(으)로 바뀝니다.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>fresh weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after {n} epochs</source>
        <translation>{n} 에포크 후</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Step {k} of {n}</source>
        <translation>{k} / {n}단계</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/lab/backprop.py" line="+112"/>
        <source>Step through backprop…</source>
        <translation>역전파 단계별로 보기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow one training point forward and backward through the network, with every number</source>
        <translation>훈련 점 하나가 신경망을 앞으로, 뒤로 지나는 과정을 모든 숫자와 함께 봅니다</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../dlviz/ui/compare.py" line="+129"/>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>{v} hidden layers</source>
        <extracomment>How a run&apos;s value is named where its key is not obvious from the value: &quot;0 hidden layers&quot;, &quot;dropout 0.5&quot; (a bare &quot;0&quot; or &quot;0.5&quot; on a tile said nothing). A registry&apos;s choice (&quot;adam&quot;, &quot;relu&quot;) names itself and stays bare; &quot;{v}&quot; is the value.</extracomment>
        <translation>은닉층 {v}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v} units</source>
        <translation>뉴런 {v}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout {v}</source>
        <translation>드롭아웃 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr {v}</source>
        <translation>학습률 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch {v}</source>
        <translation>배치 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v} epochs</source>
        <translation>{v} 에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v} points</source>
        <translation>점 {v}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise {v}</source>
        <translation>노이즈 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v} classes</source>
        <translation>클래스 {v}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation {v}</source>
        <translation>검증 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 {v}</source>
        <translation>L2 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1 {v}</source>
        <translation>L1 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed {v}</source>
        <translation>시드 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slope {v}</source>
        <translation>기울기 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELU α {v}</source>
        <translation>ELU α {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum {v}</source>
        <translation>모멘텀 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β1 {v}</source>
        <translation>β1 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β2 {v}</source>
        <translation>β2 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decay {v}</source>
        <translation>감쇠 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decay every {v}</source>
        <translation>{v} 에포크마다 감쇠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warm-up {v}</source>
        <translation>워밍업 {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v} schedule</source>
        <translation>{v} 스케줄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hidden layer</source>
        <extracomment>...and where the value is 1.</extracomment>
        <translation>은닉층 1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 unit</source>
        <translation>뉴런 1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 epoch</source>
        <translation>1 에포크</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>val R² {v}</source>
        <translation>검증 R² {v}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>per step</source>
        <translation>스텝당</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per epoch</source>
        <translation>에포크당</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch memory</source>
        <translation>배치 메모리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>train R²</source>
        <extracomment>A regression&apos;s columns in place of the accuracy ones (by column).</extracomment>
        <translation>훈련 R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>val R²</source>
        <translation>검증 R²</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training time per step, measured (it varies from run to run)</source>
        <translation>스텝당 학습 시간을 잰 값(실행마다 다릅니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time per epoch, measured (it varies from run to run)</source>
        <translation>에포크당 학습 시간을 잰 값(실행마다 다릅니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bytes one batch&apos;s activations take: every layer&apos;s values for every point of the batch, kept until the backward pass</source>
        <translation>배치 하나의 활성화가 차지하는 바이트 수: 배치의 모든 점에 대한 모든 층의 값으로, 역전파가 끝날 때까지 들고 있습니다</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Train up to 9 runs that differ in one or two settings, side by side</source>
        <translation>설정 한두 개만 다른 실행을 최대 9개까지 나란히 학습합니다</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>Vary</source>
        <translation>바꿀 설정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>and</source>
        <translation>그리고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every other setting, the seed included, is the same in every run.</source>
        <translation>시드를 포함한 나머지 설정은 모든 실행에서 같습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choices: {c}</source>
        <translation>선택지: {c}</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>diverged at step {n}</source>
        <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v}% val</source>
        <translation>검증 {v}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epoch {n}</source>
        <translation>에포크 {n}</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare…</source>
        <translation>비교…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop comparing</source>
        <translation>비교 끝내기</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compared: {values}. Change them in Train ▸ Compare…</source>
        <translation>비교 중: {values}. 학습 ▸ 비교…에서 바꾸세요</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>2 to 4 values, separated by commas; at most 9 runs in all</source>
        <translation>값 2~4개, 쉼표로 구분 (실행은 모두 합쳐 최대 9개)</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>train loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train acc %</source>
        <translation>훈련 정확도 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>val loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val acc %</source>
        <translation>검증 정확도 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best val epoch</source>
        <translation>최고 검증 에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps/s</source>
        <translation>스텝/초</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>diverged at</source>
        <translation>발산 시점</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../dlviz/common/numbers.py" line="+29"/>
        <location line="+4"/>
        <source>{name} must be a number, got {value!r}</source>
        <translation>{name} 값은 숫자여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be finite, got {value!r}</source>
        <translation>{name} 값은 유한한 수여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/schema.py" line="+174"/>
        <source>{name} must be an integer, got {value!r}</source>
        <translation>{name} 값은 정수여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location filename="../../dlviz/config.py" line="+82"/>
        <source>unknown config key(s): {keys}</source>
        <translation>알 수 없는 설정 키: {keys}</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/schema.py" line="-81"/>
        <source>{name} must be {lo} to {hi}, got {value}</source>
        <extracomment>The kinds of value a Param holds. The panel&apos;s controls, by hint (see ``dlviz.ui.panels.control_panel.control_for``).</extracomment>
        <translation>{name} 값은 {lo}~{hi} 사이여야 합니다. 입력: {value}</translation>
    </message>
    <message>
        <location filename="../../dlviz/config.py" line="+20"/>
        <source>features: {problem}</source>
        <translation>입력 특징(features): {problem}</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>choose a CSV file or an image folder, not both</source>
        <extracomment>The keys that pick the data: changing one brings the new data&apos;s defaults (``Config.replace``). What a run on your own images starts from (as the image datasets declare theirs).</extracomment>
        <translation>CSV 파일과 이미지 폴더 중 하나만 고르세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>features {bad} are for 2-D points; image data takes {choices}</source>
        <translation>특징 {bad}은(는) 2차원 점용입니다. 이미지 데이터에는 {choices}을(를) 쓰세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>features {bad} are for images; 2-D points take {choices}</source>
        <translation>특징 {bad}은(는) 이미지용입니다. 2차원 점에는 {choices}을(를) 쓰세요</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>hidden must be comma-separated layer widths such as 32,32; got {value!r}</source>
        <extracomment>The Config key that picks an entry of each registry (read from the fields&apos; declarations). Changing one of these mid-run applies from the next step and keeps the weights (so do options declared ``live``, see :func:`live_keys`); changing any other key starts a new run from fresh weights.</extracomment>
        <translation>hidden은 32,32처럼 쉼표로 구분한 층 너비여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hidden must be a list of layer widths, got {value!r}</source>
        <translation>hidden은 층 너비의 목록이어야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/schema.py" line="+14"/>
        <location line="+21"/>
        <source>{name} must be a name, got {value!r}</source>
        <translation>{name} 값은 이름(문자열)이어야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown {name} {value!r}; choose from {choices}</source>
        <translation>알 수 없는 {name} 값 {value!r}: {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} must be a finite number, got {value!r}</source>
        <translation>{name} 값은 유한한 수여야 합니다. 입력: {value!r}</translation>
    </message>
    <message>
        <location filename="../../dlviz/config.py" line="-391"/>
        <source>bad features {features!r}</source>
        <translation>잘못된 입력 특징 {features!r}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>at most {n} hidden layers, got {count}</source>
        <translation>은닉층은 최대 {n}개입니다. 입력: {count}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden layer widths must be 1 to {hi}, got {hidden}</source>
        <translation>은닉층 너비는 1~{hi} 사이여야 합니다. 입력: {hidden}</translation>
    </message>
    <message>
        <location filename="../../dlviz/data/csv_loader.py" line="+58"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, {line}번째 줄: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {problem}</source>
        <translation>{line}번째 줄: {problem}</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/files.py" line="+93"/>
        <location filename="../../dlviz/data/csv_loader.py" line="+2"/>
        <location filename="../../dlviz/training/experiment.py" line="+66"/>
        <source>{file}: {problem}</source>
        <extracomment>A temporary file untouched this long belongs to no save in progress (a save writes without pause, then renames it at once): it was left by a save that was killed.</extracomment>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file (a pipe or a device?)</source>
        <translation>일반 파일이 아닙니다 (파이프나 장치 파일인가요?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>is too big ({size} bytes; at most {limit})</source>
        <translation>너무 큽니다 ({size}바이트, 최대 {limit}바이트)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>is too big (more than {limit} bytes)</source>
        <translation>너무 큽니다 ({limit}바이트 초과)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>not valid JSON ({problem})</source>
        <translation>올바른 JSON이 아닙니다 ({problem})</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+4"/>
        <source>its JSON nests deeper than {n} levels</source>
        <translation>JSON이 {n}단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/config.py" line="+260"/>
        <source>a config must be a JSON object of settings, got {kind}</source>
        <translation>설정은 JSON 객체여야 합니다. 입력: {kind}</translation>
    </message>
    <message>
        <location filename="../../dlviz/data/csv_loader.py" line="+73"/>
        <location line="+214"/>
        <source>the header names column {column!r} more than once</source>
        <translation>머리글에 {column!r} 열이 두 번 이상 있습니다</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>{column} {text} is not a number</source>
        <translation>{column} 값 {text}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{column} has a value that is not a number</source>
        <translation>{column} 열에 숫자가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found {n} fields, expected 3 (x1, x2, label); name the columns x1, x2 and label in a header to use other columns</source>
        <translation>필드가 {n}개입니다. 3개(x1, x2, label)여야 합니다. 다른 열을 쓰려면 머리글에 x1, x2, label 열 이름을 적으세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} field</source>
        <translation>필드 {n}개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} fields</source>
        <translation>필드 {n}개</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the line is longer than {n} characters: not rows of x1, x2, label</source>
        <translation>줄이 {n}자보다 깁니다: x1, x2, label 행이 아닙니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+137"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>the file has no data rows</source>
        <translation>파일에 데이터 행이 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>found {fields}, expected 3 (x1, x2, label)</source>
        <translation>{fields}가 있습니다. 3개(x1, x2, label)여야 합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+138"/>
        <source>found {fields}, expected {width} like the first row</source>
        <translation>{fields}가 있습니다. 첫 행처럼 {width}개여야 합니다</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>the label is empty</source>
        <translation>클래스 이름(label)이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>more than {n} data rows; the limit is {n}</source>
        <translation>데이터 행이 {n}개를 넘습니다. 최대 {n}개까지 읽습니다</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+128"/>
        <source>malformed CSV: {problem}</source>
        <translation>CSV 형식이 잘못되었습니다: {problem}</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+127"/>
        <source>the file has a header but no data rows</source>
        <translation>파일에 머리글만 있고 데이터 행이 없습니다</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>label {label} makes more than {max} classes ({n} in all); at most {max} are supported</source>
        <translation>클래스 이름 {label} 때문에 클래스가 {max}개를 넘습니다(모두 {n}개). 최대 {max}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs at least 2 classes, found 1: {label}</source>
        <translation>클래스가 2개 이상 필요한데 1개뿐입니다: {label}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the header has no target column {column!r}; its columns: {columns}</source>
        <translation>머리글에 목표 열 {column!r}이(가) 없습니다. 있는 열: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regression file needs a header naming the input x1 (and x2 for a surface) and the target column {column!r}</source>
        <translation>회귀용 파일에는 입력 x1(곡면이면 x2도)과 목표 열 {column!r}을(를) 적은 머리글이 필요합니다</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the target {column} must be a finite number, got {text}</source>
        <translation>목표 {column}은(는) 유한한 수여야 하는데 {text}입니다</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>file not found: {path}</source>
        <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a directory, not a CSV file</source>
        <translation>{path}은(는) 폴더입니다. CSV 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a regular file (a pipe or a device?), not a CSV file</source>
        <translation>{path}은(는) 일반 파일이 아닙니다(파이프나 장치?). CSV 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot access {path}: {problem}</source>
        <translation>{path}에 접근할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>파일이 올바른 UTF-8이 아닙니다. UTF-8로 저장하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid UTF-8 (byte 0x{byte:02x} is byte {column} of the line); save the file as UTF-8</source>
        <translation>올바른 UTF-8이 아닙니다(줄의 {column}번째 바이트 0x{byte:02x}). 파일을 UTF-8로 저장하세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: {problem}</source>
        <translation>파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+90"/>
        <source>x{j} {text} is not a finite number</source>
        <translation>x{j} 값 {text}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x{j} {text} is too large; values must lie within ±{limit}</source>
        <translation>x{j} 값 {text}이(가) 너무 큽니다. 값은 ±{limit} 안에 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/compare.py" line="+50"/>
        <source>{where}: unknown key {key!r}</source>
        <translation>{where}: 알 수 없는 키 {key!r}</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/experiment.py" line="+398"/>
        <source>run {i} of the manifest has a label that is not a short text</source>
        <translation>목록 파일의 실행 {i}의 이름이 짧은 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/messages.py" line="+56"/>
        <source>it closed its pipe</source>
        <translation>파이프가 닫혔습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>killed by signal {n} ({name})</source>
        <translation>신호 {n}({name})로 종료됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {n}</source>
        <translation>종료 코드 {n}</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/sweep.py" line="+543"/>
        <source>a worker process (pid {pid}) ended during the cell {cell}: {how}</source>
        <extracomment>What a worker runs (``python -c``). First, on Linux, it asks to be SIGKILLed when the thread that started it ends (the sweep&apos;s caller killed, say), even while stopped (SIGSTOP): as early as it can, and it leaves if its parent is already gone. Then this process&apos;s dlviz first on the path, then its path, so that the worker imports the same dlviz even where the current folder holds another ``dlviz`` folder (a checkout&apos;s parent), and never the caller&apos;s ``__main__``.</extracomment>
        <translation>작업 프로세스(pid {pid})가 {cell} 칸을 학습하다 끝났습니다: {how}</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>the cell {cell} failed: {why}</source>
        <translation>{cell} 칸 실패: {why}</translation>
    </message>
    <message>
        <location line="+436"/>
        <source>a worker process (pid {pid}) has not answered for {s} s: stopped or hung</source>
        <translation>작업 프로세스(pid {pid})가 {s}초째 응답하지 않습니다: 멈췄거나 정지되었습니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/compare.py" line="-9"/>
        <source>{where}: {key} holds a list; compare hidden_layers or neurons instead</source>
        <translation>{where}: {key}은(는) 목록입니다. 대신 hidden_layers나 neurons를 비교하세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: an empty value</source>
        <translation>{where}: 빈 값이 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: give {lo} to {hi} values, got {n}</source>
        <translation>{where}: 값을 {lo}~{hi}개 주세요. 입력: {n}개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: a value is given twice</source>
        <translation>{where}: 같은 값이 두 번 있습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--compare: {shape} values make {n} runs; at most {max} (e.g. 3 × 3)</source>
        <translation>--compare: 값 {shape}개는 실행 {n}개입니다. 최대 {max}개까지 됩니다(예: 3 × 3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{flag} {label}: {problem}</source>
        <translation>{flag} {label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/experiment.py" line="-315"/>
        <source>holds {n} members, more than a dlviz file has</source>
        <translation>항목이 {n}개로, dlviz 파일에 있을 수 있는 것보다 많습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member {name!r} points outside the archive</source>
        <translation>항목 {name!r}이(가) 압축 파일 밖을 가리킵니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>member {name!r} declares {size} bytes, more than a dlviz file holds</source>
        <translation>항목 {name!r}의 크기가 {size}바이트로, dlviz 파일이 담을 수 있는 것보다 큽니다</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+323"/>
        <source>{name} is missing</source>
        <translation>{name}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+274"/>
        <location line="+4"/>
        <location line="+25"/>
        <location line="+4"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="-339"/>
        <location line="+28"/>
        <location line="+16"/>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>{name} is damaged ({problem})</source>
        <translation>{name}이(가) 손상되었습니다 ({problem})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: array {key} holds Python objects (a pickle), which dlviz never reads</source>
        <translation>{name}: 배열 {key}에 파이썬 객체(pickle)가 들어 있습니다. dlviz는 이를 읽지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: array {key} has the type {dtype}, not one dlviz saves</source>
        <translation>{name}: 배열 {key}의 자료형 {dtype}은(는) dlviz가 저장하는 자료형이 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: array {key} has shape {shape} ({dtype}), not what dlviz saves there</source>
        <translation>{name}: 배열 {key}의 모양 {shape} ({dtype})이(가) dlviz가 저장하는 모양과 다릅니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: array {key} claims {size} bytes but holds {held}</source>
        <translation>{name}: 배열 {key}은(는) {size}바이트라고 적혀 있지만 실제로는 {held}바이트입니다</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a dlviz experiment (its manifest names another format)</source>
        <translation>dlviz 실험 파일이 아닙니다 (목록 파일이 다른 형식을 가리킵니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest&apos;s version {version!r} is not a version</source>
        <translation>목록 파일의 버전 {version!r}은(는) 올바른 버전이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer dlviz (format version {version}; this one reads up to {known})</source>
        <translation>더 새로운 dlviz로 저장한 파일입니다 (형식 버전 {version}, 이 버전은 {known}까지 읽습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest lists no runs</source>
        <translation>목록 파일에 실행이 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest&apos;s pinned runs are not a list of at most {n} folders</source>
        <translation>목록 파일의 고정한 실행이 폴더 {n}개 이하의 목록이 아닙니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pinned run {folder}: {problem}</source>
        <translation>고정한 실행 {folder}: {problem}</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/files.py" line="-68"/>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/experiment.py" line="+11"/>
        <source>not a dlviz file, or cut short ({problem})</source>
        <translation>dlviz 파일이 아니거나 중간에 잘렸습니다 ({problem})</translation>
    </message>
    <message>
        <location filename="../../dlviz/common/files.py" line="+4"/>
        <location line="+25"/>
        <location filename="../../dlviz/training/experiment.py" line="+2"/>
        <location line="+2"/>
        <source>cannot be read ({problem})</source>
        <translation>읽을 수 없습니다 ({problem})</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/experiment.py" line="-11"/>
        <source>window.json: {problem}</source>
        <translation>window.json: {problem}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+91"/>
        <source>not an object</source>
        <translation>객체가 아닙니다</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>compare must map settings to lists of values</source>
        <translation>compare는 설정마다 값 목록을 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>{key} is not an object</source>
        <translation>{key}이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>focus {value} is not the number of one of its {n} runs</source>
        <translation>focus {value}은(는) 실행 {n}개 중 하나의 번호가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is not a name</source>
        <translation>{key}이(가) 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>{key} must be an integer 0 to {hi}, got {value}</source>
        <translation>{key}은(는) 0~{hi}의 정수여야 합니다. 입력: {value}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{key} must be true or false, got {value}</source>
        <translation>{key}은(는) true나 false여야 합니다. 입력: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>{key} must be a number, got {value}</source>
        <translation>{key}은(는) 숫자여야 합니다. 입력: {value}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>run {i} of the manifest has no folder</source>
        <translation>목록 파일의 실행 {i}에 폴더가 없습니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+6"/>
        <source>{folder}: the saved state does not fit its config ({kind}: {problem})</source>
        <translation>{folder}: 저장된 상태가 설정과 맞지 않습니다 ({kind}: {problem})</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/sweep.py" line="-489"/>
        <source>{where}: {key} holds a list; sweep hidden_layers or neurons instead</source>
        <extracomment>Values an axis may have when the cells run on an executor (a cluster): 32 x 32 = 1,024 cells. Keys that change the data: a sweep over a given Dataset (a CSV) cannot vary them.</extracomment>
        <translation>{where}: {key}은(는) 목록입니다. 대신 hidden_layers나 neurons를 스윕하세요</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/engines.py" line="+61"/>
        <source>the compiled engine has no {what}: training with NumPy</source>
        <translation>컴파일 엔진이 {what}을(를) 지원하지 않아 NumPy로 학습합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the fast engine is not compiled yet (dlviz warmup prepares it): training with NumPy</source>
        <translation>빠른 엔진이 아직 컴파일되지 않아 NumPy로 학습합니다 (dlviz warmup으로 준비할 수 있습니다)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>numba is not available ({why}): training with NumPy</source>
        <translation>numba를 쓸 수 없어 NumPy로 학습합니다 ({why})</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/session.py" line="+208"/>
        <location line="+39"/>
        <source>The fast engine could not be prepared: training with NumPy</source>
        <translation>빠른 엔진을 준비하지 못해 NumPy로 학습합니다</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Preparing the fast engine… (training with NumPy meanwhile)</source>
        <translation>빠른 엔진을 준비하는 중… (그동안 NumPy로 학습합니다)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the fast engine… {done}/{total} (training with NumPy meanwhile)</source>
        <translation>빠른 엔진을 준비하는 중… {done}/{total} (그동안 NumPy로 학습합니다)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fast engine is ready</source>
        <translation>빠른 엔진이 준비되었습니다</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>there is no run to follow a sample through</source>
        <translation>점을 따라갈 실행이 없습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no run to replay</source>
        <translation>다시 볼 실행이 없습니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/cluster.py" line="+62"/>
        <location line="+15"/>
        <source>no Dask scheduler answers at {address}: something else listens there</source>
        <translation>{address}에서 Dask 스케줄러가 응답하지 않습니다: 다른 프로그램이 이 주소를 쓰고 있습니다</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no Dask scheduler answers at {address}: a Dask {kind} does (give the scheduler&apos;s address)</source>
        <translation>{address}에서 Dask 스케줄러가 아니라 Dask {kind}이(가) 응답합니다 (스케줄러 주소를 주세요)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot reach the Dask scheduler at {address}: {why}</source>
        <translation>{address}의 Dask 스케줄러에 연결할 수 없습니다: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dask needs Dask&apos;s distributed scheduler ({why}): pip install &apos;dlviz[cluster]&apos;</source>
        <translation>--dask에는 Dask의 분산 스케줄러가 필요합니다 ({why}): pip install &apos;dlviz[cluster]&apos;</translation>
    </message>
    <message>
        <location filename="../../dlviz/training/backprop.py" line="+219"/>
        <source>the weight&apos;s layer must be 1 to {n}, got {value}</source>
        <extracomment>Values of a vector shown in the text, at most (a 256-unit layer prints its first ones). Terms of the chain rule&apos;s sum written out, at most (the rest are summed as &quot;…&quot;).</extracomment>
        <translation>가중치의 층은 1부터 {n}까지입니다. 입력: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>layer {layer} has units 1 to {n}, got {value}</source>
        <translation>층 {layer}의 뉴런은 1부터 {n}까지입니다. 입력: {value}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the sample must be a training point 0 to {last}, got {value}</source>
        <translation>샘플은 훈련 점 0부터 {last}까지입니다. 입력: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backprop walk-through follows a classification run (softmax and −log p_y); this run is a regression</source>
        <translation>역전파 따라가기는 분류 실행(소프트맥스와 −log p_y)에만 있습니다. 이 실행은 회귀입니다</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>epochs must be 0 or more, got {value}</source>
        <translation>에포크는 0 이상이어야 합니다. 입력: {value}</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/image_folder.py" line="+60"/>
        <source>skipped {n} file(s) that could not be read as images (first: {file})</source>
        <translation>이미지로 읽을 수 없는 파일 {n}개를 건너뛰었습니다 (첫 파일: {file})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the folder: {reason}</source>
        <translation>폴더를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than {n} image files: choose a smaller folder</source>
        <translation>이미지 파일이 {n}개를 넘습니다. 더 작은 폴더를 고르세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than {n} classes (sub-folders of images)</source>
        <translation>클래스(이미지 하위 폴더)가 {n}개를 넘습니다</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>image size must be {lo} to {hi} pixels, got {size}</source>
        <translation>이미지 크기는 {lo}~{hi} 픽셀이어야 합니다 (입력: {size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such folder</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a folder: choose a folder with one sub-folder of images per class</source>
        <translation>폴더가 아닙니다. 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 고르세요</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no images found: expected one sub-folder of PNG or JPEG files per class</source>
        <translation>이미지가 없습니다. 클래스마다 PNG나 JPEG 파일이 든 하위 폴더가 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one class ({name}): a classifier needs at least two sub-folders of images</source>
        <translation>클래스가 하나뿐입니다 ({name}). 분류하려면 이미지 하위 폴더가 두 개 이상 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../dlviz/ui/export.py" line="+51"/>
        <source>could not write {n} of {total} PNG files: {what}</source>
        <extracomment>File names of the exported pictures that are not docked views, by objectName (a docked view&apos;s is its ViewSpec&apos;s: :func:`plot_file`).</extracomment>
        <translation>PNG 파일 {total}개 중 {n}개를 쓰지 못했습니다: {what}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path}: nothing to draw (the image is empty)</source>
        <translation>{path}: 그릴 것이 없습니다 (빈 그림)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: the image could not be encoded as PNG</source>
        <translation>{path}: 그림을 PNG로 저장하지 못했습니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} has no size yet: show or resize it before export</source>
        <translation>{name}의 크기가 아직 없습니다: 내보내기 전에 화면에 띄우거나 크기를 바꾸세요</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Decision regions · {run}</source>
        <translation>결정 영역 · {run}</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Export history as CSV</source>
        <translation>학습 기록을 CSV로 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../dlviz/ui/i18n.py" line="+112"/>
        <source>The language changes when dlviz starts again.</source>
        <extracomment>The files of the installed pyqtgraph whose ``translate(&quot;ctx&quot;, &quot;text&quot;)`` calls PYQTGRAPH_STRINGS covers. The context of the Qt-free layers&apos; messages (``dlviz.common.messages.Message`` templates). What the message says, in the language just chosen (translated with that language&apos;s translator, before it is installed).</extracomment>
        <translation>언어는 dlviz를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting now would lose the runs you are comparing or have pinned: save them first (File ▸ Save experiment…).</source>
        <translation>지금 다시 시작하면 비교 중이거나 고정한 실행이 사라집니다. 먼저 저장하세요(파일 ▸ 실험 저장…).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <location filename="../../dlviz/ui/inspector.py" line="+189"/>
        <source>Softmax pᵢ</source>
        <translation>소프트맥스 pᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+62"/>
        <source>Click a point on the decision plane to see the network&apos;s softmax and cross-entropy there; click a unit in the network to see its weighted sum.</source>
        <translation>결정 영역 그림의 점을 클릭하면 그 점의 소프트맥스와 교차 엔트로피를, 신경망의 뉴런을 클릭하면 그 뉴런의 가중합을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+166"/>
        <location line="+3"/>
        <source>Label y:</source>
        <translation>정답 y:</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The class the cross-entropy is measured against. A point near a sample takes that sample&apos;s label.</source>
        <translation>교차 엔트로피를 잴 기준 클래스입니다. 샘플 가까이의 점은 그 샘플의 정답을 씁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop inspecting this point</source>
        <translation>이 점 살펴보기를 그만둡니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>logit zᵢ</source>
        <translation>로짓 zᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e^zᵢ</source>
        <translation>e^zᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pᵢ</source>
        <translation>pᵢ</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+87"/>
        <source>Click a hidden or output unit in the network to see z = Σ wᵢaᵢ + b here.</source>
        <translation>신경망의 은닉 뉴런이나 출력 뉴런을 클릭하면 여기에 z = Σ wᵢaᵢ + b가 보입니다.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aᵢ</source>
        <translation>aᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wᵢ</source>
        <translation>wᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wᵢ·aᵢ</source>
        <translation>wᵢ·aᵢ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click a point of the fitted curve or surface to see the network&apos;s prediction ŷ there beside the target y; click a unit in the network to see its weighted sum.</source>
        <translation>학습된 곡선이나 곡면의 점을 클릭하면 그 점에서 신경망의 예측 ŷ를 목표값 y와 함께, 신경망의 뉴런을 클릭하면 그 뉴런의 가중합을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{unit}: click a point on the decision plane to follow it through this unit.</source>
        <translation>{unit}: 결정 영역 그림의 점을 클릭하면 그 점이 이 뉴런을 지나는 과정을 따라갑니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Input {inputs}</source>
        <translation>입력 {inputs}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapped to {where}: its target is y = &lt;b&gt;{y}&lt;/b&gt;.</source>
        <translation>{where}에 맞췄습니다: 그 목표값이 y = &lt;b&gt;{y}&lt;/b&gt;입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sample here: no target y to compare with.</source>
        <translation>여기에는 샘플이 없어 비교할 목표값 y가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point x₁ = {x}, x₂ = {y}</source>
        <translation>점 x₁ = {x}, x₂ = {y}</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Prediction inspector</source>
        <translation>예측 살펴보기</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+13"/>
        <source>a training sample</source>
        <translation>학습 샘플</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>a validation sample</source>
        <translation>검증 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapped to {where} of class &lt;b&gt;{name}&lt;/b&gt;: its label is y.</source>
        <translation>클래스 &lt;b&gt;{name}&lt;/b&gt;의 {where}에 맞췄습니다: 그 정답이 y입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sample here: pick the label y (it starts as the predicted class).</source>
        <translation>여기에는 샘플이 없습니다: 정답 y를 고르세요 (처음에는 예측한 클래스).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prediction ŷ = z&lt;sub&gt;out&lt;/sub&gt; = &lt;b&gt;{y_hat}&lt;/b&gt; (the output unit adds up its inputs: no softmax)</source>
        <translation>예측 ŷ = z&lt;sub&gt;out&lt;/sub&gt; = &lt;b&gt;{y_hat}&lt;/b&gt; (출력 뉴런은 입력의 가중합을 그대로 냅니다: 소프트맥스 없음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target y = &lt;b&gt;{y}&lt;/b&gt;; squared error (ŷ − y)² = ({y_hat} − {y})² = &lt;b&gt;{err}&lt;/b&gt;</source>
        <translation>목표값 y = &lt;b&gt;{y}&lt;/b&gt;; 제곱 오차 (ŷ − y)² = ({y_hat} − {y})² = &lt;b&gt;{err}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sum Σⱼ</source>
        <translation>합 Σⱼ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;; for y = &lt;b style=&apos;color:{color}&apos;&gt;{name}&lt;/b&gt;: p&lt;sub&gt;y&lt;/sub&gt; = {e} / {total} = &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;; y = &lt;b style=&apos;color:{color}&apos;&gt;{name}&lt;/b&gt;일 때: p&lt;sub&gt;y&lt;/sub&gt; = {e} / {total} = &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cross-entropy: −log p&lt;sub&gt;y&lt;/sub&gt; = −ln {p} = &lt;b&gt;{ce}&lt;/b&gt;&lt;br&gt;chance (pᵢ = 1/K for every class): ln K = ln {k} = &lt;b&gt;{chance}&lt;/b&gt; — {verdict}</source>
        <translation>교차 엔트로피: −log p&lt;sub&gt;y&lt;/sub&gt; = −ln {p} = &lt;b&gt;{ce}&lt;/b&gt;&lt;br&gt;우연 수준 (모든 클래스에서 pᵢ = 1/K): ln K = ln {k} = &lt;b&gt;{chance}&lt;/b&gt; — {verdict}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>better than chance</source>
        <translation>우연보다 낫습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no better than chance</source>
        <translation>우연보다 낫지 않습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;{unit}&lt;/b&gt; at this point: z = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt;a&lt;sub&gt;i&lt;/sub&gt; + b</source>
        <translation>이 점에서 &lt;b&gt;{unit}&lt;/b&gt;: z = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt;a&lt;sub&gt;i&lt;/sub&gt; + b</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit {u}</source>
        <translation>뉴런 {u}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bias b</source>
        <translation>편향 b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z = Σ wᵢaᵢ + b</source>
        <translation>z = Σ wᵢaᵢ + b</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z is the output: the prediction ŷ = z = &lt;b&gt;{z}&lt;/b&gt; (no activation, no softmax)</source>
        <translation>z가 곧 출력입니다: 예측 ŷ = z = &lt;b&gt;{z}&lt;/b&gt; (활성화 함수도 소프트맥스도 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>z is the logit z&lt;sub&gt;{k}&lt;/sub&gt; = &lt;b&gt;{z}&lt;/b&gt; of class {name}; the softmax makes it p = e&lt;sup&gt;z&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; = &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>z는 클래스 {name}의 로짓 z&lt;sub&gt;{k}&lt;/sub&gt; = &lt;b&gt;{z}&lt;/b&gt;이고, 소프트맥스를 거쳐 p = e&lt;sup&gt;z&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; = &lt;b&gt;{p}&lt;/b&gt;가 됩니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>then the activation {name}: {formula}&lt;br&gt;f(z) = {name}({z}) = &lt;b&gt;{a}&lt;/b&gt;</source>
        <translation>이어서 활성화 함수 {name}: {formula}&lt;br&gt;f(z) = {name}({z}) = &lt;b&gt;{a}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+83"/>
        <source>Softmax inspector</source>
        <translation>소프트맥스 살펴보기</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{unit}: waiting for the numbers…</source>
        <translation>{unit}: 값을 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>landscape</name>
    <message>
        <location filename="../../dlviz/ui/lab/landscape.py" line="+40"/>
        <source>Main directions of the trajectory (PCA)</source>
        <translation>궤적의 주된 방향 (주성분 분석)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random directions, filter-normalised</source>
        <translation>필터 정규화한 무작위 방향</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>direction {k} ({pct}% of variance)</source>
        <translation>방향 {k} (분산의 {pct}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random direction 1 (filter-normalised)</source>
        <translation>무작위 방향 1 (필터 정규화)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>random direction 2 (filter-normalised)</source>
        <translation>무작위 방향 2 (필터 정규화)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+68"/>
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>direction 1</source>
        <translation>방향 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direction 2</source>
        <translation>방향 2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss (log scale)</source>
        <translation>훈련 손실 (로그 눈금)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>training&apos;s path (projected)</source>
        <translation>학습 경로 (투영)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current weights (the centre)</source>
        <translation>현재 가중치 (가운데)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loss landscape around the current weights</source>
        <translation>현재 가중치 주변의 손실 지형</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PCA: the plane in which the weights moved most while training (their path lies nearly in it). Random: two random directions, each unit&apos;s scaled to that unit&apos;s weights (Li et al. 2018).</source>
        <translation>주성분 분석: 학습 중 가중치가 가장 많이 움직인 평면입니다(경로가 거의 이 평면에 놓입니다). 무작위: 두 무작위 방향으로, 뉴런마다 그 뉴런의 가중치 크기에 맞춥니다(Li 외, 2018).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grid points per side (odd); the loss is evaluated at each</source>
        <translation>한 변의 격자점 수(홀수), 점마다 손실을 계산합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which random directions</source>
        <translation>어떤 무작위 방향을 쓸지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slice around the weights as they are now</source>
        <translation>지금 가중치 주변의 단면</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directions</source>
        <translation>방향</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing… ({run}, {method}); training goes on meanwhile</source>
        <translation>계산 중… ({run}, {method}), 그동안 학습은 계속됩니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss at the current weights: {loss}. {n} × {n} points.</source>
        <translation>현재 가중치의 손실: {loss}. {n} × {n} 점.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two directions hold {pct}% of the path&apos;s variance.</source>
        <translation>두 방향이 경로 분산의 {pct}%를 담습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cancelled: part of the grid is missing)</source>
        <translation>(취소됨: 격자 일부가 비어 있습니다)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No landscape: {why}</source>
        <translation>손실 지형 없음: {why}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loss landscape…</source>
        <translation>손실 지형…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training loss around the current weights, with the path training took</source>
        <translation>현재 가중치 주변의 훈련 손실과 학습이 지나온 경로</translation>
    </message>
</context>
<context>
    <name>layouts</name>
    <message>
        <location filename="../../dlviz/ui/layouts.py" line="+357"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/viewspec.py" line="+127"/>
        <source>Loss and accuracy</source>
        <extracomment>How a dock is put into a layout: beside another (a split left-right), below it (a split top-bottom), in a tab with it; or first in the right or bottom area. The data kinds whose runs show this dock (&quot;image&quot;, ...); empty: every run. A dock for other data is left out of the layouts while such a run shows (the View menu opens it). Short titles: in the compact layout at 1366 px six of them share one tab bar 519 px wide (&quot;Dead units and saturation&quot; and its like were elided to &quot;Dead u…&quot;); the plots&apos; own titles say the rest.</extracomment>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dead units</source>
        <translation>죽은 뉴런</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confusion</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mistakes</source>
        <translation>오분류</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First layer</source>
        <translation>첫 층</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/layouts.py" line="-319"/>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 epoch/s</source>
        <translation>초당 1 에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} epochs/s</source>
        <translation>초당 {n} 에포크</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How fast training runs: slow enough to watch the boundary form, or as fast as it goes</source>
        <translation>학습 속도: 경계가 만들어지는 모습을 볼 만큼 느리게, 또는 가능한 한 빠르게</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>손실을 로그 축으로 보여 줍니다: 후반의 작은 개선도 보입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Smooths the noisy per-step loss (a running average); 0 shows it raw.</source>
        <translation>출렁이는 스텝별 손실을 이동 평균으로 부드럽게 합니다. 0이면 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hyperparameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Training</source>
        <extracomment>The window manager&apos;s frame (title bar and borders) around a window not yet shown, whose real frame is not known: a generous guess (most title bars are 24-38 px).</extracomment>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start or pause training</source>
        <translation>학습 시작 또는 일시정지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step epoch</source>
        <translation>한 에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train exactly one epoch</source>
        <translation>정확히 한 에포크만 학습합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fresh weights, empty curves, same settings</source>
        <translation>새 가중치, 빈 곡선, 같은 설정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load CSV…</source>
        <translation>CSV 불러오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open image folder…</source>
        <translation>이미지 폴더 열기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel loading</source>
        <translation>불러오기 취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export plots as PNG…</source>
        <translation>그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dlviz/ui/replay.py" line="-317"/>
        <source>Export history as CSV…</source>
        <translation>기록을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Watch speed</source>
        <translation>보기 속도</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compact layout (tabs)</source>
        <translation>작은 화면 (탭)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every view at once</source>
        <translation>모든 보기를 한 번에</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../dlviz/ui/lessons.py" line="+103"/>
        <location line="+265"/>
        <location line="+32"/>
        <source>Glossary</source>
        <extracomment>The quizzes&apos; layout now, and how an answer stored under an older one moves: {old layout: {(part, question): (part, question)}}. Layout 2 moved the initialisation question (generalisation 2) to the training part (3), with its lesson; generalisation 2 is a new question.</extracomment>
        <translation>용어집</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Find a term (English or Korean)</source>
        <translation>용어 찾기 (영어 또는 한국어)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>뜻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning in Korean</source>
        <translation>한국어 뜻</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+171"/>
        <location line="+136"/>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>The course&apos;s lessons in order; ✓: its run has been watched to the end</source>
        <translation>강의 순서대로 놓인 수업입니다. ✓: 실행을 끝까지 본 수업</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Per part of the course: the lessons watched to the end, and the quiz questions answered right</source>
        <translation>과정의 부분마다: 끝까지 본 수업, 맞힌 퀴즈 문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short quiz on the part of the course this lesson belongs to</source>
        <translation>이 수업이 속한 부분의 짧은 퀴즈</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Predict first</source>
        <translation>먼저 예측하기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look at</source>
        <translation>살펴볼 곳</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try next</source>
        <translation>다음에 해 볼 것</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the run showed</source>
        <translation>실행 결과</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous lesson of the course</source>
        <translation>강의의 이전 수업</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>The next lesson of the course</source>
        <translation>강의의 다음 수업</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>The course&apos;s terms in English and Korean</source>
        <translation>강의 용어를 영어와 한국어로</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Part {n}: {done}/{total} lessons · quiz {right}/{questions}</source>
        <translation>{n}부: 수업 {done}/{total} · 퀴즈 {right}/{questions}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Each lesson sets up the window for one idea of the course, asks you to predict what the run will show, then runs it. Choose a lesson in the list: its settings replace the current ones.</source>
        <translation>수업마다 강의의 개념 하나에 맞게 창을 준비하고, 실행 결과를 먼저 예측하게 한 뒤 실행합니다. 목록에서 수업을 고르면 그 설정이 지금 설정을 대신합니다.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Bring this view to the front and mark it</source>
        <translation>이 보기를 앞으로 가져와 표시합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the settings this way and run again</source>
        <translation>설정을 이렇게 바꾸고 다시 실행합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start the run and see if you were right</source>
        <translation>실행을 시작해 예측이 맞았는지 확인합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an answer first</source>
        <translation>먼저 답을 고르세요</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+224"/>
        <source>Right!</source>
        <translation>맞았습니다!</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The answer is: {answer}. Watch the run show it.</source>
        <translation>정답: {answer}. 실행으로 확인해 보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+225"/>
        <source>Not quite.</source>
        <translation>아쉽네요.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>The answer is: {answer}. Watch the run to see why.</source>
        <translation>정답: {answer}. 실행을 보며 이유를 알아보세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Measured on this computer</source>
        <translation>이 컴퓨터에서 잰 값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured in this run</source>
        <translation>이 실행에서 잰 값</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check could not run: {why}</source>
        <translation>확인을 실행할 수 없습니다: {why}</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Quiz: part {n}</source>
        <translation>퀴즈: {n}부</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check</source>
        <translation>채점</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The answer is: {answer}.</source>
        <translation>정답: {answer}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision regions</source>
        <translation>결정 영역</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thinned network</source>
        <translation>솎아 낸 신경망</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PCA map</source>
        <translation>주성분 지도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fitted curve</source>
        <translation>학습된 곡선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison tiles</source>
        <translation>비교 타일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer paths lab</source>
        <translation>옵티마이저 경로 실험실</translation>
    </message>
    <message>
        <location line="-577"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course&apos;s lessons, one idea at a time</source>
        <translation>강의의 수업, 한 번에 개념 하나씩</translation>
    </message>
</context>
<context>
    <name>lr_finder</name>
    <message>
        <location filename="../../dlviz/ui/lab/lr_finder.py" line="+38"/>
        <source>crawls</source>
        <extracomment>The bands&apos; colours (Okabe-Ito: sky blue, green, vermillion), faint behind the curve.</extracomment>
        <translation>느림</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learns</source>
        <translation>학습됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>diverges</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Learning-rate range test</source>
        <translation>학습률 범위 시험</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (smoothed)</source>
        <translation>손실 (평활)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>loss of each step</source>
        <translation>스텝별 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed loss</source>
        <translation>평활한 손실</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>suggested {lr}</source>
        <translation>추천 {lr}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Find a learning rate</source>
        <translation>학습률 찾기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From fresh weights of the current settings, the learning rate grows from 0.00001 to 10, one step at a time. Where the loss falls fastest is a good learning rate. The run you are training is not changed until you use it.</source>
        <translation>지금 설정의 새 가중치에서 시작해 학습률을 스텝마다 0.00001에서 10까지 키웁니다. 손실이 가장 빨리 줄어드는 곳이 좋은 학습률입니다. 추천값을 쓰기 전까지 학습 중인 실행은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the test again on the current settings</source>
        <translation>지금 설정으로 시험을 다시 실행합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this learning rate</source>
        <translation>이 학습률 쓰기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the learning rate of the current run to the suggested one</source>
        <translation>지금 실행의 학습률을 추천값으로 바꿉니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing… step {n} of {planned}</source>
        <translation>계산 중… {planned} 스텝 중 {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test failed: {why}</source>
        <translation>시험 실패: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it stopped when the loss passed 4× its minimum</source>
        <translation>손실이 최솟값의 4배를 넘어 멈췄습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it ran the whole range</source>
        <translation>범위 전체를 실행했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested learning rate: {lr} (where the smoothed loss falls fastest). {steps} steps; {end}.</source>
        <translation>추천 학습률: {lr} (평활한 손실이 가장 빨리 줄어드는 곳). {steps} 스텝, {end}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The learning rate is now {lr}.</source>
        <translation>학습률을 {lr}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Find learning rate…</source>
        <translation>학습률 찾기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learning-rate range test: train from fresh weights with a growing learning rate and suggest where the loss falls fastest</source>
        <translation>학습률 범위 시험: 새 가중치에서 학습률을 키워 가며 학습하고, 손실이 가장 빨리 줄어드는 학습률을 추천합니다</translation>
    </message>
</context>
<context>
    <name>paths_lab</name>
    <message>
        <location filename="../../dlviz/ui/lab/paths.py" line="+122"/>
        <source>{name}, lr {lr}</source>
        <extracomment>One colour per optimizer, by registry order: Okabe-Ito without its yellow, which vanishes on the light end of the surface&apos;s colour map. Learning rates that show each optimizer&apos;s character on each surface within a few hundred steps (measured: the path moves visibly, neither jumping to the minimum in a step nor blowing up). Scale-free optimizers (RMSprop, Adagrad, Adam) take steps of about lr whatever the gradient, so theirs are much larger than SGD&apos;s on steep surfaces. An optimizer or surface missing here starts at the surface&apos;s own lr.</extracomment>
        <translation>{name}, 학습률 {lr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, λ {wd}</source>
        <translation>, λ {wd}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>f − f_min (log scale)</source>
        <translation>f − f_min (로그 눈금)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{label}: diverged at step {step}</source>
        <translation>{label}: {step} 스텝에서 발산</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Optimizer paths lab</source>
        <translation>옵티마이저 경로 실험실</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The function the optimizers minimise, in its textbook form</source>
        <translation>옵티마이저가 최소화하는 함수 (교과서 형태)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surface</source>
        <translation>함수</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many steps each optimizer takes</source>
        <translation>옵티마이저마다 밟을 스텝 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Learning rate of {name} on this surface</source>
        <translation>이 함수에서 {name}의 학습률</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+138"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Animate the paths, a few steps per frame</source>
        <translation>경로를 움직여 보여 줍니다 (프레임마다 몇 스텝씩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to step 0</source>
        <translation>스텝 0으로 되돌리기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the plane to start every path there. ★ marks a minimum, ✕ a saddle point; the white dot is the start.</source>
        <translation>평면을 클릭하면 모든 경로가 거기서 출발합니다. ★는 최솟값, ✕는 안장점, 흰 점은 출발점입니다.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the learning rate must be a positive number</source>
        <translation>학습률은 양수여야 합니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>diverged at step {step}</source>
        <translation>{step} 스텝에서 발산</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f = {f}</source>
        <translation>f = {f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {step} / {steps}</source>
        <translation>스텝 {step} / {steps}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Optimizer paths lab…</source>
        <translation>옵티마이저 경로 실험실…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SGD, momentum, Adam and the others on 2-D test functions, side by side</source>
        <translation>SGD, 모멘텀, Adam 등을 2차원 시험 함수에서 나란히 비교합니다</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../../dlviz/data/datasets.py" line="+400"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interleaved spiral arms, one per class: hard, needs depth.</source>
        <translation>클래스마다 하나씩 얽힌 나선 팔: 어렵고, 깊은 신경망이 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opposite quadrants share a class: not linearly separable.</source>
        <translation>마주 보는 사분면이 같은 클래스: 직선으로 나눌 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circles</source>
        <translation>동심원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A disk inside a ring: needs a closed boundary.</source>
        <translation>고리 안의 원판: 닫힌 경계가 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two interlocking half moons: a gently curved boundary.</source>
        <translation>맞물린 두 반달: 완만하게 굽은 경계.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blobs</source>
        <translation>덩어리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gaussian clusters on a circle, one per class: easy.</source>
        <translation>원 위에 클래스마다 하나씩 놓인 가우스 군집: 쉽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dlviz/engine/activations.py" line="+124"/>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two classes either side of a straight line: the easiest.</source>
        <translation>직선 양쪽의 두 클래스: 가장 쉽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkerboard</source>
        <translation>체커보드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A 4x4 checkerboard of two classes: many regions.</source>
        <translation>두 클래스의 4×4 체커보드: 영역이 많습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sine (regression)</source>
        <translation>사인 (회귀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit a curve: one sine wave, y = sin(πx) + noise.</source>
        <translation>곡선 맞추기: 사인 한 주기, y = sin(πx) + 잡음.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abs (regression)</source>
        <translation>절댓값 (회귀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit a curve: a V, y = 2|x| − 1 + noise. Two ReLU units can fit it exactly.</source>
        <translation>곡선 맞추기: V자, y = 2|x| − 1 + 잡음. ReLU 뉴런 두 개면 정확히 맞출 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (regression)</source>
        <translation>계단 (회귀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit a curve: a staircase of four flat steps + noise. The jumps are hard.</source>
        <translation>곡선 맞추기: 평평한 네 계단 + 잡음. 뛰어오르는 곳이 어렵습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plane (regression)</source>
        <translation>평면 (회귀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit a surface: a tilted plane, y = (x₁ + x₂) / 2 + noise. No hidden layer needed.</source>
        <translation>곡면 맞추기: 기울어진 평면, y = (x₁ + x₂) / 2 + 잡음. 은닉층이 없어도 됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bumps (regression)</source>
        <translation>봉우리 (회귀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit a surface: six bumps up and down, as Playground&apos;s multi gaussian.</source>
        <translation>곡면 맞추기: 위아래로 솟은 봉우리 여섯 개 (텐서플로 플레이그라운드의 가우시안 여러 개와 비슷합니다).</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/activations.py" line="-20"/>
        <source>Step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Heaviside step, f(z) = 1 if z &gt; 0 else 0.</source>
        <extracomment>A unit is saturated where |f&apos;(z)| is below this share of f&apos;&apos;s peak: its gradient has all but vanished. A unit is dead where |f&apos;(z)| &lt; DEAD_GRAD on at least DEAD_SHARE of the samples: it passes (almost) no gradient, whatever the activation (ReLU&apos;s exact zeros, a sigmoid or GELU far in its flat tail, a step). For the translators: the first lines of the docstrings above, which the window shows as the entries&apos; descriptions. pyside6-lupdate reads no docstrings or f-strings; tests/ui/test_translations.py fails when one here no longer matches.</extracomment>
        <translation>헤비사이드 계단 함수: z &gt; 0이면 f(z) = 1, 아니면 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity, f(z) = z.</source>
        <translation>항등 함수, f(z) = z.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Logistic sigmoid, f(z) = 1 / (1 + e^-z); f&apos; = f (1 - f), at most 1/4.</source>
        <translation>로지스틱 시그모이드, f(z) = 1 / (1 + e^-z); f&apos; = f (1 - f), 최대 1/4.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Hyperbolic tangent, f(z) = tanh z; f&apos; = 1 - f^2.</source>
        <translation>쌍곡탄젠트, f(z) = tanh z; f&apos; = 1 - f^2.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Rectified linear unit, f(z) = max(0, z); f&apos; = 1 for z &gt; 0, else 0.</source>
        <translation>정류 선형 유닛, f(z) = max(0, z); z &gt; 0이면 f&apos; = 1, 아니면 0.</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Leaky ReLU, f(z) = z for z &gt; 0, else slope * z (slope 0.01 by default).</source>
        <translation>Leaky ReLU: z &gt; 0이면 f(z) = z, 아니면 기울기 × z (기본 기울기 0.01).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Leaky slope</source>
        <extracomment>name -&gt; Entry; ``ACTIVATIONS[name].build(config_values)`` makes the activation.</extracomment>
        <translation>음수 쪽 기울기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative slope of leaky_relu: f(z) = slope·z for z &lt; 0</source>
        <translation>Leaky ReLU의 음수 쪽 기울기: z &lt; 0이면 f(z) = 기울기·z</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Exponential linear unit, f(z) = z for z &gt; 0, else α(e^z - 1) (α = 1 by default).</source>
        <translation>지수 선형 유닛: z &gt; 0이면 f(z) = z, 아니면 α(e^z - 1) (기본 α = 1).</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>ELU α</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scale of elu&apos;s negative part</source>
        <translation>ELU 음수 부분의 크기</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Gaussian error linear unit, exact form (as torch.nn.GELU):</source>
        <translation>가우스 오차 선형 유닛, 정확한 형태 (PyTorch의 GELU와 같음):</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sigmoid linear unit (swish), f(z) = z · σ(z); f&apos; = σ(z) (1 + z (1 - σ(z))).</source>
        <translation>시그모이드 선형 유닛(스위시), f(z) = z · σ(z); f&apos; = σ(z) (1 + z (1 - σ(z))).</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/engines.py" line="-62"/>
        <location filename="../../dlviz/engine/network.py" line="+37"/>
        <source>Auto</source>
        <extracomment>name -&gt; Entry (the factory is unused: :func:`resolve` picks the engine).
----------
name -&gt; Entry whose factory gives the weights&apos; standard deviation for (fan_in, fan_out); &quot;auto&quot; is resolved by the activation (He for ReLU-like, Xavier otherwise).</extracomment>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The compiled engine where numba is installed, else NumPy</source>
        <translation>numba가 설치되어 있으면 컴파일 엔진, 아니면 NumPy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiled</source>
        <translation>컴파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numba-compiled training steps: several times faster on small networks</source>
        <translation>numba로 컴파일한 학습 스텝: 작은 신경망에서 몇 배 빠릅니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NumPy</source>
        <translation>NumPy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reference engine: NumPy operations, step by step</source>
        <translation>기준 엔진: NumPy 연산으로 한 스텝씩 계산합니다</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/network.py" line="+0"/>
        <source>He for ReLU-like activations, Xavier otherwise</source>
        <translation>ReLU 계열 활성화 함수에는 He, 그 밖에는 Xavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal(0, √(2 / fan_in)): keeps ReLU activations&apos; variance steady</source>
        <translation>정규분포 N(0, √(2 / 입력 수)): ReLU 활성값의 분산을 일정하게 유지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal(0, √(2 / (fan_in + fan_out))): suits tanh and sigmoid</source>
        <translation>정규분포 N(0, √(2 / (입력 수 + 출력 수))): tanh와 시그모이드에 알맞음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal(0, 1)</source>
        <translation>정규분포 N(0, 1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal(0, 1): too large for wide layers, which shows saturation</source>
        <translation>정규분포 N(0, 1): 넓은 층에는 너무 커서 포화가 나타남</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeros</source>
        <translation>0으로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All zero: every unit in a layer stays identical (the symmetry problem)</source>
        <translation>모두 0: 한 층의 뉴런이 모두 똑같이 남음 (대칭성 문제)</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/optimizers.py" line="+88"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Plain gradient descent: w &lt;- w - lr·g.</source>
        <extracomment>name -&gt; Entry; ``OPTIMIZERS[name].build(config_values, lr=..., weight_decay=...)`` makes one. For the translators: the first lines of the docstrings above, which the window shows as the entries&apos; descriptions. pyside6-lupdate reads no docstrings or f-strings; tests/ui/test_translations.py fails when one here no longer matches.</extracomment>
        <translation>기본 경사 하강법: w ← w − 학습률·g.</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+134"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heavy-ball momentum as torch: v &lt;- μv + g; w &lt;- w - lr·v (μ = 0.9).</source>
        <translation>PyTorch와 같은 모멘텀: v ← μv + g; w ← w − 학습률·v (μ = 0.9).</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>momentum coefficient μ of momentum and nesterov</source>
        <translation>모멘텀과 네스테로프의 모멘텀 계수 μ</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Nesterov momentum as torch: v &lt;- μv + g; w &lt;- w - lr·(g + μv).</source>
        <translation>PyTorch와 같은 네스테로프 모멘텀: v ← μv + g; w ← w − 학습률·(g + μv).</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>RMSprop as torch: s &lt;- αs + (1-α)g²; w &lt;- w - lr·g / (√s + ε).</source>
        <translation>PyTorch와 같은 RMSprop: s ← αs + (1−α)g²; w ← w − 학습률·g / (√s + ε).</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Adagrad as torch: s &lt;- s + g²; w &lt;- w - lr·g / (√s + ε), ε = 1e-10.</source>
        <translation>PyTorch와 같은 Adagrad: s ← s + g²; w ← w − 학습률·g / (√s + ε), ε = 1e-10.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Adam as torch (β = 0.9, 0.999; ε = 1e-8):</source>
        <translation>PyTorch와 같은 Adam (β = 0.9, 0.999; ε = 1e-8):</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adam&apos;s decay of the gradient&apos;s running mean</source>
        <translation>Adam에서 기울기 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adam&apos;s decay of the squared gradient&apos;s running mean</source>
        <translation>Adam에서 기울기 제곱 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>AdamW as torch: Adam with decoupled weight decay, w &lt;- w (1 - lr·λ) first.</source>
        <translation>PyTorch와 같은 AdamW: 가중치 감쇠를 분리한 Adam, 먼저 w ← w (1 − 학습률·λ).</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/schedules.py" line="+73"/>
        <source>Constant</source>
        <extracomment>name -&gt; Entry; ``SCHEDULES[name].build(config_values, lr=, total_steps=, steps_per_epoch=)``.</extracomment>
        <translation>고정</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>lr(t) = lr.</source>
        <extracomment>For the translators: the first lines of the docstrings above, which the window shows as the entries&apos; descriptions. pyside6-lupdate reads no docstrings or f-strings; tests/ui/test_translations.py fails when one here no longer matches.</extracomment>
        <translation>학습률이 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Step decay</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>lr(t) = lr · γ^floor(t / D): a drop by γ every D = decay_epochs epochs.</source>
        <translation>D 에포크마다 학습률에 γ를 곱합니다 (계단식).</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Decay factor γ</source>
        <translation>감소 비율 γ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the lr is multiplied by γ every decay_epochs epochs</source>
        <translation>감소 주기(에포크)마다 학습률에 γ를 곱합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay every (epochs)</source>
        <translation>감소 주기 (에포크)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epochs per decay by γ</source>
        <translation>γ를 한 번 곱하는 데 걸리는 에포크 수</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exponential decay</source>
        <translation>지수 감소</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>lr(t) = lr · γ^(t / D): the same decay as ``step``, smoothly.</source>
        <translation>계단식 감소와 같은 비율로, 매끄럽게 줄어듭니다.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>lr(t) = lr · (1 + cos(π t / T)) / 2 for t &lt; T, then 0 (T = the planned steps).</source>
        <translation>학습률이 코사인 곡선을 따라 계획한 마지막 스텝에서 0이 됩니다.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Warm-up + cosine</source>
        <translation>워밍업 + 코사인</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Linear warm-up from lr/W to lr over W = warmup_epochs, then cosine to 0 at the end.</source>
        <translation>워밍업 에포크 동안 학습률을 선형으로 올린 뒤, 코사인으로 끝에서 0이 됩니다.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Warm-up (epochs)</source>
        <translation>워밍업 (에포크)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epochs of linear warm-up</source>
        <translation>선형 워밍업 에포크 수</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/surfaces.py" line="+120"/>
        <source>Ill-conditioned quadratic</source>
        <translation>조건이 나쁜 이차 함수</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>f(x, y) = x² + 10·y²</source>
        <extracomment>name -&gt; Entry; ``SURFACES[name].build()`` is the :class:`Surface`. For the translators: the quadratic&apos;s formula, built with an f-string. pyside6-lupdate reads no docstrings or f-strings; tests/ui/test_translations.py fails when one here no longer matches.</extracomment>
        <translation>f(x, y) = x² + 10·y²</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rosenbrock</source>
        <translation>로젠브록</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>f(x, y) = (1 − x)² + 100·(y − x²)²</source>
        <translation>f(x, y) = (1 − x)² + 100·(y − x²)²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beale</source>
        <translation>빌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²</source>
        <translation>f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saddle</source>
        <translation>안장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>f(x, y) = x² − y²</source>
        <translation>f(x, y) = x² − y²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Himmelblau</source>
        <translation>히멜블라우</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>f(x, y) = (x² + y − 11)² + (x + y² − 7)²</source>
        <translation>f(x, y) = (x² + y − 11)² + (x + y² − 7)²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Six-hump camel</source>
        <translation>여섯 혹 낙타</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²</source>
        <translation>f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²</translation>
    </message>
    <message>
        <location filename="../../dlviz/data/features.py" line="+37"/>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₁²</source>
        <translation>x₁²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₂²</source>
        <translation>x₂²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₁x₂</source>
        <translation>x₁x₂</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sin(πx₁)</source>
        <translation>sin(πx₁)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sin(πx₂)</source>
        <translation>sin(πx₂)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ink per row</source>
        <translation>행별 잉크 양</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ink per column</source>
        <translation>열별 잉크 양</translation>
    </message>
    <message>
        <location filename="../../dlviz/config.py" line="-227"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which toy problem the network learns. Hover over an entry in the list to see what makes it easy or hard.</source>
        <translation>신경망이 학습할 예제 문제입니다. 목록의 항목에 마우스를 올리면 무엇이 쉽고 어려운지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many points are generated. More points show the pattern more clearly but make every epoch slower.</source>
        <translation>생성할 점의 개수입니다. 많을수록 패턴이 뚜렷하지만 에포크마다 느려집니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far points scatter from the clean shape. More noise blurs the boundary and tempts the network to memorise.</source>
        <translation>점이 깨끗한 모양에서 흩어지는 정도입니다. 노이즈가 크면 경계가 흐려지고 신경망이 데이터를 외우기 쉽습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many classes (colours) the dataset has. More classes make the problem harder.</source>
        <translation>데이터셋의 클래스(색) 개수입니다. 클래스가 많을수록 문제가 어려워집니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of points held back to test the network on data it never trains on. Validation loss rising while training loss falls means overfitting.</source>
        <translation>학습에 쓰지 않고 떼어 두어 신경망을 시험하는 점의 비율입니다. 훈련 손실은 줄어드는데 검증 손실이 오르면 과적합입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features</source>
        <translation>입력 특징</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network gets as input. Extra features such as x₁² or sin(πx₁) let even a tiny network draw a curved boundary.</source>
        <translation>신경망이 입력으로 받는 값입니다. x₁²나 sin(πx₁) 같은 특징을 더하면 아주 작은 신경망도 굽은 경계를 그립니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function each hidden unit applies to its weighted sum. It decides which shapes the network can build and how well gradients flow back.</source>
        <translation>각 은닉 뉴런이 가중합에 적용하는 함수입니다. 신경망이 만들 수 있는 모양과 기울기가 얼마나 잘 전달되는지를 정합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initialisation</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the starting weights are drawn. A bad scale makes signals vanish or explode before learning starts.</source>
        <translation>초기 가중치를 뽑는 방법입니다. 크기가 맞지 않으면 학습 전부터 신호가 사라지거나 폭발합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of hidden units switched off at random in each training step. It fights overfitting but makes the training loss noisier.</source>
        <translation>학습 스텝마다 무작위로 끄는 은닉 뉴런의 비율입니다. 과적합을 막지만 훈련 손실이 더 출렁입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule that turns gradients into weight updates. Momentum and Adam usually get there faster than plain SGD.</source>
        <translation>기울기로 가중치를 갱신하는 규칙입니다. 보통 모멘텀과 Adam이 기본 SGD보다 빨리 도달합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big a step each update takes. Too small and learning crawls; too large and the loss jumps around or blows up.</source>
        <translation>한 번 갱신할 때의 보폭입니다. 너무 작으면 학습이 더디고, 너무 크면 손실이 튀거나 발산합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the learning rate changes during training. Lowering it later lets the network settle into a minimum.</source>
        <translation>학습 중에 학습률이 바뀌는 방식입니다. 나중에 낮추면 신경망이 최솟값에 자리 잡습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many training points each update looks at. Small batches take many quick, noisy steps; large batches take fewer, smoother ones.</source>
        <translation>한 번 갱신할 때 보는 훈련 점의 수입니다. 작은 배치는 빠르고 잡음 많은 스텝을 많이, 큰 배치는 매끄러운 스텝을 적게 밟습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many passes over the training data to make. &quot;Until paused&quot; trains until you press Pause.</source>
        <translation>훈련 데이터를 몇 번 훑을지 정합니다. &apos;멈출 때까지&apos;는 일시정지를 누를 때까지 학습합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An L2 penalty that pulls every weight towards zero, for smoother boundaries and less overfitting. Too much and the network underfits.</source>
        <translation>모든 가중치를 0 쪽으로 당기는 L2 페널티입니다. 경계가 매끄러워지고 과적합이 줄지만, 지나치면 과소적합됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L1 penalty</source>
        <translation>L1 페널티</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An L1 penalty that pushes small weights to exactly zero, leaving a sparser network. Too much and the network underfits.</source>
        <translation>작은 가중치를 정확히 0으로 만드는 L1 페널티로, 더 희소한 신경망이 됩니다. 지나치면 과소적합됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The random seed for the data, the validation split and the starting weights. The same seed and settings give the same run.</source>
        <translation>데이터, 검증 분할, 초기 가중치를 정하는 난수 시드입니다. 시드와 설정이 같으면 같은 실행이 나옵니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engine</source>
        <translation>학습 엔진</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What computes the training steps. The compiled engine gives the same results as NumPy, several times faster; Auto uses it where it is installed. A change applies from the next step.</source>
        <translation>학습 스텝을 계산하는 엔진입니다. 컴파일 엔진은 NumPy와 같은 결과를 몇 배 빠르게 냅니다. &apos;자동&apos;은 설치되어 있으면 컴파일 엔진을 씁니다. 바꾸면 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Hidden layers</source>
        <extracomment>Every field&apos;s declaration, by key, in the order of the fields. The architecture as the panel and the CLI also take it, &quot;layers x units&quot;: keys of ``replace``, ``from_dict``, the CLI and the panel that rebuild ``hidden``.</extracomment>
        <translation>은닉층 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many hidden layers the network has. With 0 it can only draw a straight boundary; each layer lets it bend the boundary further.</source>
        <translation>신경망의 은닉층 개수입니다. 0이면 직선 경계만 그릴 수 있고, 층이 늘 때마다 경계를 더 구부릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neurons</source>
        <translation>뉴런 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many units each hidden layer has. More units can fit finer detail but train slower and can overfit.</source>
        <translation>은닉층마다 있는 뉴런 수입니다. 많을수록 세밀하게 맞출 수 있지만 학습이 느리고 과적합될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/data/images.py" line="+146"/>
        <source>Digits (images)</source>
        <translation>숫자 (이미지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real 8x8 handwritten digits 0-9 (UCI, CC BY 4.0): the network learns its own features from the pixels.</source>
        <translation>실제 8x8 손글씨 숫자 0-9: 신경망이 픽셀에서 스스로 특징을 학습합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shapes (images)</source>
        <translation>도형 (이미지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16x16 circles, squares and triangles at random places and sizes.</source>
        <translation>무작위 위치와 크기의 16x16 원, 사각형, 삼각형.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>square</source>
        <translation>사각형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triangle</source>
        <translation>삼각형</translation>
    </message>
    <message>
        <location filename="../../dlviz/engine/losses.py" line="+98"/>
        <source>Cross-entropy</source>
        <extracomment>name -&gt; Entry whose factory gives the :class:`Loss`. The loss follows the dataset&apos;s task (:func:`loss_for_task`): cross-entropy for classification, MSE for regression.</extracomment>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax output, mean of −log p(true class): for classification</source>
        <translation>소프트맥스 출력, −log p(정답 클래스)의 평균: 분류용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity output, mean of (prediction − target)²: for regression</source>
        <translation>항등 출력, (예측 − 목표)²의 평균: 회귀용</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <location filename="../../dlviz/ui/runs.py" line="+82"/>
        <source>diverged at step {n}</source>
        <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val R² {v}</source>
        <translation>검증 R² {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val accuracy {v}%</source>
        <translation>검증 정확도 {v}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{data}, {act}, hidden {hidden}, {opt} lr {lr}, batch {batch}, dropout {drop}</source>
        <translation>{data}, {act}, 은닉층 {hidden}, {opt} 학습률 {lr}, 배치 {batch}, 드롭아웃 {drop}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epoch {n}</source>
        <translation>에포크 {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pinned runs: tick to show their faded curves, double-click to rename</source>
        <translation>고정한 실행: 체크하면 흐린 곡선이 보이고, 더블클릭하면 이름을 바꿉니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current run (in a comparison: the focused one) as a faded ghost</source>
        <translation>지금 실행(비교 중에는 선택한 실행)을 흐린 잔상으로 남깁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train the pinned run&apos;s settings again beside the current ones</source>
        <translation>고정한 실행의 설정을 지금 설정과 나란히 다시 학습합니다</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dlviz experiments (*.dlviz)</source>
        <translation>dlviz 실험 파일 (*.dlviz)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the comparison and the pinned runs before closing?</source>
        <translation>닫기 전에 비교와 고정한 실행을 저장할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the comparison before closing?</source>
        <translation>닫기 전에 비교를 저장할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the pinned runs before closing?</source>
        <translation>닫기 전에 고정한 실행을 저장할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved runs</source>
        <translation>저장하지 않은 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs not saved are lost when the window closes; a .dlviz file keeps them.</source>
        <translation>저장하지 않은 실행은 창을 닫으면 사라집니다. .dlviz 파일에 저장하면 남습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t ask again</source>
        <translation>다시 묻지 않기</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dlviz experiments (*.dlviz);;All files (*)</source>
        <translation>dlviz 실험 파일 (*.dlviz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pinned runs</source>
        <translation>고정한 실행</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open experiment…</source>
        <translation>실험 열기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save experiment…</source>
        <translation>실험 저장…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every run, pinned run and view into one .dlviz file; Open goes on where it stopped</source>
        <translation>모든 실행, 고정한 실행, 보기를 .dlviz 파일 하나에 담습니다. 열면 멈춘 곳에서 이어집니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pin run</source>
        <translation>실행 고정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this run as a faded ghost to compare the next ones with (Ctrl+P)</source>
        <translation>이 실행을 흐린 잔상으로 남겨 다음 실행과 비교합니다 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {path}: press Play to go on</source>
        <translation>{path}를 열었습니다: 재생을 누르면 이어서 학습합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open experiment</source>
        <translation>실험을 열 수 없음</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <location filename="../../dlviz/ui/lab/sweep.py" line="+53"/>
        <location line="+2"/>
        <source>validation loss</source>
        <extracomment>A few values worth sweeping, by key; a registry&apos;s key gets its choices.</extracomment>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>validation R²</source>
        <translation>검증 R²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training R²</source>
        <translation>훈련 R²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✕ diverged
at step {n}</source>
        <translation>✕ 발산
{n} 스텝</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+155"/>
        <location line="+27"/>
        <source>Sweep</source>
        <extracomment>Cells train in worker processes even with one worker: in the window&apos;s own process they would hold the GIL its event loop needs. (A test that must hold a cell from outside sets it True, and trains in the sweep&apos;s thread.)</extracomment>
        <translation>스윕</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>{metric} after {n} epochs</source>
        <extracomment>A key as the axes name it: the control panel&apos;s label for it (see SweepDialog). The sweep&apos;s runs are regressions: their score is R² (set by the lab before drawing). The colour bar&apos;s range in the metric&apos;s units (accuracy in %), None before a cell is in.</extracomment>
        <translation>{n} 에포크 후 {metric}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>2 to 8 values, separated by commas</source>
        <translation>값 2~8개, 쉼표로 구분</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and</source>
        <translation>그리고</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every cell trains this many epochs (or until it diverges)</source>
        <translation>칸마다 이만큼 에포크를 학습합니다 (발산하면 멈춤)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worker processes: cells train in parallel, one per core</source>
        <translation>작업 프로세스 수: 코어마다 칸 하나씩 나란히 학습합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>작업 프로세스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every other setting, the seed included, is the current run&apos;s: every cell starts from the same data and, where the layer shapes match, the same weights.</source>
        <translation>시드를 포함한 나머지 설정은 지금 실행과 같습니다: 모든 칸이 같은 데이터에서, 층 모양이 맞으면 같은 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <location line="+41"/>
        <source>%v of %m cells</source>
        <translation>%m칸 중 %v칸</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the cells&apos; colours and numbers show: each cell&apos;s value at the end</source>
        <translation>칸의 색과 숫자가 나타내는 것: 각 칸의 마지막 값</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a cell to make its settings the current run</source>
        <translation>칸을 클릭하면 그 설정이 지금 실행이 됩니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choices: {c}</source>
        <translation>선택지: {c}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no cells</source>
        <translation>칸 없음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{key} is chosen twice: pick two different settings</source>
        <translation>{key}을(를) 두 번 골랐습니다: 서로 다른 설정 두 개를 고르세요</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data is a CSV file: sweep a setting other than the data&apos;s</source>
        <translation>데이터가 CSV 파일입니다: 데이터 설정이 아닌 다른 설정을 스윕하세요</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training {n} cells of {e} epochs in {w} processes…</source>
        <translation>{n}칸을 {e} 에포크씩 프로세스 {w}개로 학습하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training {n} cells of {e} epochs in one worker process…</source>
        <translation>{n}칸을 {e} 에포크씩 작업 프로세스 하나로 학습하는 중…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sweep failed: {why}</source>
        <translation>스윕 실패: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: {done} of {n} cells done.</source>
        <translation>취소됨: {n}칸 중 {done}칸 완료.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} cells in {s} s.</source>
        <translation>{n}칸, {s}초.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} diverged (grey).</source>
        <translation>{d}칸 발산 (회색).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a cell to make it the current run.</source>
        <translation>칸을 클릭하면 지금 실행이 됩니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The current run is now {cell} ({e} epochs): press Play to train it.</source>
        <translation>지금 실행은 {cell} ({e} 에포크)입니다: 재생을 눌러 학습하세요.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sweep…</source>
        <translation>스윕…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a grid over one or two settings in parallel and compare the cells&apos; results</source>
        <translation>설정 한두 개의 격자를 나란히 학습하고 칸마다 결과를 비교합니다</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../../dlviz/ui/views/activation.py" line="+30"/>
        <source>z (pre-activation)</source>
        <translation>z (활성화 전)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dlviz/ui/views/gradient.py" line="+36"/>
        <location line="+1"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Activation: {name}</source>
        <translation>활성화 함수: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activation: none</source>
        <translation>활성화 함수: 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no hidden layer</source>
        <translation>은닉층 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network has no hidden layer,
so no layer uses an activation function.
The output is the softmax of a linear map.</source>
        <translation>이 신경망에는 은닉층이 없어서
활성화 함수를 쓰는 층이 없습니다.
출력은 선형 변환의 소프트맥스입니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/common.py" line="+37"/>
        <source>class {k}</source>
        <translation>클래스 {k}</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>{n} of {total} shown (a larger view shows more)</source>
        <extracomment>The sample grid&apos;s and the misclassified view&apos;s marks. &quot;Wrong&quot; is told by a red frame AND a ✗ with the two labels (never by colour alone); &quot;right&quot; by a ✓.</extracomment>
        <translation>{total}개 중 {n}개 표시 (보기를 키우면 더 보입니다)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Waiting for the first evaluation…</source>
        <translation>첫 평가를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This view is for image data (for example the digits dataset). This run&apos;s data are 2-D points: see the decision regions.</source>
        <translation>이미지 데이터(예: 숫자 데이터셋)를 위한 보기입니다. 지금 데이터는 2차원 점이니 결정 영역을 보세요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Input {name}</source>
        <extracomment>R² has no lower bound (a bad fit is far below 0): its plots show down to this.</extracomment>
        <translation>입력 {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output: prediction ŷ of {name}</source>
        <translation>출력: {name}의 예측 ŷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output: probability of {name}</source>
        <translation>출력: {name}일 확률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layer {l}, unit {u}</source>
        <translation>은닉층 {l}, 뉴런 {u}</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/compare_curves.py" line="+68"/>
        <source>x axis</source>
        <extracomment>Paul Tol&apos;s &quot;muted&quot; set, far from the Okabe-Ito class colours of the regions: its nine colours, made to be told apart with the common colour-vision deficiencies, are a 3 x 3 comparison&apos;s runs (sand, the palest, last: only the ninth run has it).</extracomment>
        <translation>가로축</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds of training</source>
        <translation>학습 시간(초)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare per epoch, per update step, or per second of training time: a small batch wins per epoch and may lose per second.</source>
        <translation>에포크, 갱신 스텝, 학습 시간(초) 기준으로 비교합니다: 작은 배치는 에포크 기준으로는 이기지만 초 기준으로는 질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/common.py" line="+166"/>
        <location filename="../../dlviz/ui/views/compare_curves.py" line="+30"/>
        <location filename="../../dlviz/ui/views/loss.py" line="+114"/>
        <location line="+2"/>
        <location line="+189"/>
        <source>validation</source>
        <extracomment>Every curve of every view hands pyqtgraph at most this many points per pixel of its plot&apos;s width (and never more than MAX_POINTS), however long the history: painting a thick polyline costs per point, and a comparison that handed it the whole history spent 77 % of the GUI&apos;s time in PlotCurveItem.paint and stalled for seconds (issue 19).</extracomment>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/compare_curves.py" line="+0"/>
        <location filename="../../dlviz/ui/views/loss.py" line="-192"/>
        <location line="+2"/>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../dlviz/ui/views/loss.py" line="-37"/>
        <location line="+1"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dlviz/ui/views/gradient.py" line="+37"/>
        <location filename="../../dlviz/ui/views/health.py" line="-90"/>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training time (s)</source>
        <translation>학습 시간 (초)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../dlviz/ui/views/loss.py" line="+207"/>
        <source>Loss: mean squared error</source>
        <translation>손실: 평균 제곱 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dlviz/ui/views/loss.py" line="-208"/>
        <location line="+209"/>
        <location line="+198"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/common.py" line="-195"/>
        <location filename="../../dlviz/ui/views/loss.py" line="-407"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="-29"/>
        <location filename="../../dlviz/ui/views/loss.py" line="+1"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../dlviz/ui/views/loss.py" line="+0"/>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/compare_curves.py" line="+227"/>
        <source>{run} (diverged)</source>
        <translation>{run} (발산)</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/decision.py" line="+74"/>
        <source>Decision regions</source>
        <translation>결정 영역</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Images have no plane of decision regions</source>
        <translation>이미지에는 결정 영역을 그릴 평면이 없습니다</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Hidden unit activation</source>
        <translation>은닉 뉴런 활성값</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>p({name})</source>
        <translation>p({name})</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/dropout.py" line="+63"/>
        <source>Dropout masks</source>
        <translation>드롭아웃 마스크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current mini-batch</source>
        <translation>현재 미니배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept</source>
        <translation>유지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout, p = {p}</source>
        <translation>드롭아웃, p = {p}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropout masks, p = {p}</source>
        <translation>드롭아웃 마스크, p = {p}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>L{n}</source>
        <translation>{n}층</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sample in batch</source>
        <translation>배치 안의 샘플</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No hidden layers</source>
        <translation>은닉층 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropout is off&lt;br&gt;(p = 0): every&lt;br&gt;unit is kept</source>
        <translation>드롭아웃 꺼짐&lt;br&gt;(p = 0): 모든&lt;br&gt;뉴런 유지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The masks appear with&lt;br&gt;the first training step</source>
        <translation>첫 학습 스텝부터&lt;br&gt;마스크가 보입니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../dlviz/ui/views/weights.py" line="+34"/>
        <source>Layer {n}</source>
        <translation>{n}층</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer {n}: {v} % kept</source>
        <translation>{n}층: {v} % 유지</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/gradient.py" line="-37"/>
        <source>layer 1 (input)</source>
        <translation>1층 (입력)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer {n}</source>
        <translation>{n}층</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <source>‖∂L/∂W‖ (log scale)</source>
        <translation>‖∂L/∂W‖ (로그 눈금)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>‖∂L/∂W‖</source>
        <translation>‖∂L/∂W‖</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/health.py" line="+0"/>
        <source>Dead units</source>
        <translation>죽은 뉴런</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dead (%)</source>
        <translation>죽은 뉴런 (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pre-activations</source>
        <translation>활성화 전 값</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pre-activation z</source>
        <translation>활성화 전 값 z</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+183"/>
        <location filename="../../dlviz/ui/views/weights.py" line="+76"/>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No hidden layers:&lt;br&gt;no unit can die or saturate</source>
        <translation>은닉층 없음:&lt;br&gt;죽거나 포화될 뉴런이 없습니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dead units: no gradient on 99 % of the batch</source>
        <translation>죽은 뉴런: 배치의 99 %에서 기울기가 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{name} f(z), right axis</source>
        <translation>{name} f(z), 오른쪽 축</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>|f′| &amp;lt; {p} % of peak</source>
        <translation>|f′| &amp;lt; 최댓값의 {p} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-activations of layer {n}</source>
        <translation>{n}층의 활성화 전 값</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/loss.py" line="+33"/>
        <source>per step</source>
        <translation>스텝별</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chance</source>
        <translation>우연 수준</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>chance: ln K = {v}</source>
        <translation>우연 수준: ln K = {v}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>diverged at step {n}</source>
        <translation>{n} 스텝에서 발산</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/network.py" line="+566"/>
        <source>+{n} more</source>
        <extracomment>With ``hover_edges`` on (the Backprop dock&apos;s diagram): the pointer is on the edge of weight layer ``layer`` from shown unit ``i`` to shown unit ``j``; and off it again.</extracomment>
        <translation>외 {n}개</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>input {n}</source>
        <translation>입력 {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dlviz/ui/views/weights.py" line="-76"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 unit</source>
        <translation>뉴런 1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} units</source>
        <translation>뉴런 {n}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden {c} ({units})</source>
        <translation>은닉층 {c} ({units})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H{c}</source>
        <translation>은닉{c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden {c}</source>
        <translation>은닉층 {c}</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>{name} (feature {i} of {n})</source>
        <translation>{name} (특징 {i}/{n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value range [{lo}, {hi}] over the plane</source>
        <translation>평면 위 값 범위 [{lo}, {hi}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output: {name} — softmax probability</source>
        <translation>출력: {name} — 소프트맥스 확률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>range [{lo}, {hi}] over the plane</source>
        <translation>평면 위 범위 [{lo}, {hi}]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden {l}, unit {u} of {n} — {act}</source>
        <translation>은닉층 {l}, 뉴런 {u}/{n} — {act}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden {l}, unit {u} — {act}</source>
        <translation>은닉층 {l}, 뉴런 {u} — {act}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no data yet)</source>
        <translation>(아직 데이터 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output range [{lo}, {hi}] over the plane</source>
        <translation>평면 위 출력 범위 [{lo}, {hi}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead: {v}</source>
        <translation>죽음: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped now: {v}</source>
        <translation>지금 꺼짐: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout off</source>
        <translation>드롭아웃 꺼짐</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/schedule.py" line="+72"/>
        <source>Learning-rate schedule</source>
        <extracomment>The trainer&apos;s horizon, in epochs, for a run with no epoch budget (``dlviz.training.trainer.DEFAULT_HORIZON_EPOCHS``; the window passes it in, views may not import training, and a test keeps the two equal).</extracomment>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run so far</source>
        <translation>지금까지</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>lr {lr} at step {n}</source>
        <translation>{n} 스텝의 학습률 {lr}</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/weights.py" line="+76"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Weights and biases</source>
        <translation>가중치와 편향</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>weights &amp;lt; 0</source>
        <translation>가중치 &amp;lt; 0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights &amp;gt; 0</source>
        <translation>가중치 &amp;gt; 0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>biases</source>
        <translation>편향</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/network.py" line="-912"/>
        <source>negative weight</source>
        <translation>음의 가중치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>positive weight</source>
        <translation>양의 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead unit</source>
        <translation>죽은 뉴런</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropped (this mini-batch)</source>
        <translation>꺼짐 (이 미니배치)</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/regression.py" line="+146"/>
        <source>Fitted curve</source>
        <translation>학습된 곡선</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prediction ŷ</source>
        <translation>예측 ŷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each hidden unit&apos;s part</source>
        <translation>은닉 뉴런 하나하나의 몫</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>training data</source>
        <translation>훈련 데이터</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Predicted surface</source>
        <translation>예측 곡면</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/confusion.py" line="+63"/>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{right} of {n} held-out images right ({acc} %)</source>
        <translation>검증 이미지 {n}개 중 {right}개 정답 ({acc} %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confusion matrix (held-out set)</source>
        <translation>혼동 행렬 (검증 데이터)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No confusion matrix in this evaluation.</source>
        <translation>이 평가에는 혼동 행렬이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/embedding.py" line="+41"/>
        <source>PC 1</source>
        <extracomment>Ten classes (the digits) in colours that stay apart: Okabe-Ito&apos;s eight, then grey and brown; each class has its own shape too, so no class is told by colour alone.</extracomment>
        <translation>주성분 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 2</source>
        <translation>주성분 2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last hidden layer, mapped to 2-D (PCA)</source>
        <translation>마지막 은닉층을 2차원으로 (주성분 분석)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No hidden layer: nothing to map (add one)</source>
        <translation>은닉층이 없어 그릴 것이 없습니다 (은닉층을 추가하세요)</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/first_layer.py" line="+62"/>
        <source>weight from each pixel: negative · 0 · positive</source>
        <translation>각 픽셀에서 오는 가중치: 음수 · 0 · 양수</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First layer: what each unit (1, 2, …) looks for</source>
        <translation>첫 층: 각 뉴런(1, 2, …)이 찾는 것</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No first-layer weights in this evaluation.</source>
        <translation>이 평가에는 첫 층 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/misclassified.py" line="+20"/>
        <source>{true} → {predicted}
{p} %</source>
        <translation>{true} → {predicted}
{p} %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Misclassified: true → predicted (confidence)</source>
        <translation>오분류: 실제 → 예측 (확신도)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No mistakes among the {n} held-out images shown.</source>
        <translation>보여 준 검증 이미지 {n}개에는 틀린 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../dlviz/ui/views/sample_grid.py" line="+21"/>
        <source>✓ {label}</source>
        <translation>✓ {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ {true} → {predicted}</source>
        <translation>✗ {true} → {predicted}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ right · ✗ true → predicted</source>
        <translation>✓ 정답 · ✗ 실제 → 예측</translation>
    </message>
</context>
</TS>
