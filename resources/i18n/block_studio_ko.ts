<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ActivationStats</name>
    <message>
        <source>min {minimum:.4g}   max {maximum:.4g}   mean {mean:.4g}   std {std:.4g}   zeros {zeros:.1%}</source>
        <translation>최솟값 {minimum:.4g}   최댓값 {maximum:.4g}   평균 {mean:.4g}   표준편차 {std:.4g}   0의 비율 {zeros:.1%}</translation>
    </message>
    <message>
        <source>the sample</source>
        <translation>그 샘플</translation>
    </message>
    <message>
        <source>all {count} samples</source>
        <translation>샘플 {count}개 모두</translation>
    </message>
    <message>
        <source>dead channels: {dead} of {total} (zero everywhere for {samples})</source>
        <translation>죽은 채널: {total}개 중 {dead}개 ({samples}에서 모든 위치가 0)</translation>
    </message>
    <message>
        <source>dead features: {dead} of {total} (zero everywhere for {samples})</source>
        <translation>죽은 특징: {total}개 중 {dead}개 ({samples}에서 모든 위치가 0)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>step {number} {kind}: {message}</source>
        <translation>{number}단계 {kind}: {message}</translation>
    </message>
    <message>
        <source>layer {number} {kind}: {message}</source>
        <translation>{number}번 레이어 {kind}: {message}</translation>
    </message>
    <message>
        <source>input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W)</source>
        <translation>입력 모양은 숫자 2개 (N, F) 또는 4개 (N, C, H, W)여야 합니다</translation>
    </message>
    <message>
        <source>F (features)</source>
        <translation>F (특징)</translation>
    </message>
    <message>
        <source>C (channels)</source>
        <translation>C (채널)</translation>
    </message>
    <message>
        <source>input shape {label} must be a whole number from 1 to {high}, got {value!r}</source>
        <translation>입력 모양의 {label}은(는) 1부터 {high}까지의 정수여야 하는데 {value!r}입니다</translation>
    </message>
    <message>
        <source>N (batch)</source>
        <translation>N (배치)</translation>
    </message>
    <message>
        <source>the input alone needs {need} of memory; Block Studio allows {limit}</source>
        <translation>입력만으로도 메모리가 {need} 필요합니다. 블록 스튜디오는 {limit}까지 허용합니다</translation>
    </message>
    <message>
        <source>with this {kind} the block needs {need} for weights and activations; Block Studio allows {limit}</source>
        <translation>이 {kind}까지 더하면 블록의 가중치와 활성화에 {need}이(가) 필요합니다. 블록 스튜디오는 {limit}까지 허용합니다</translation>
    </message>
    <message>
        <source>argument name {argument!r} is already an attribute of the class</source>
        <translation>인자 이름 {argument!r}은(는) 이미 클래스의 속성입니다</translation>
    </message>
    <message>
        <source>argument name {argument!r} is the class name</source>
        <translation>인자 이름 {argument!r}이(가) 클래스 이름과 같습니다</translation>
    </message>
    <message>
        <source>argument {argument!r} is shared with {where}, but its value there is {other!r} and here {value!r}</source>
        <translation>인자 {argument!r}은(는) {where}와(과) 함께 쓰는데, 그쪽 값은 {other!r}이고 여기 값은 {value!r}입니다</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>{number}번 레이어</translation>
    </message>
    <message>
        <source>two modules are named {name!r}: the second would replace the first</source>
        <translation>두 모듈의 이름이 {name!r}(으)로 같습니다: 두 번째가 첫 번째를 덮어쓰게 됩니다</translation>
    </message>
    <message>
        <source>name in {container}</source>
        <translation>{container} 안의 이름</translation>
    </message>
    <message>
        <source>{container} holds two modules named {name!r}</source>
        <translation>{container}에 이름이 {name!r}인 모듈이 둘 있습니다</translation>
    </message>
    <message>
        <source>module {name} ({kind}) is registered but no step calls it, so its {size} cannot be inferred: call it in forward or remove it</source>
        <translation>모듈 {name} ({kind})은(는) 등록되었지만 호출하는 단계가 없어서 {size}을(를) 추론할 수 없습니다. forward에서 호출하거나 삭제하세요</translation>
    </message>
    <message>
        <source>module {name} ({kind}): {problem}</source>
        <translation>모듈 {name} ({kind}): {problem}</translation>
    </message>
</context>
<context>
    <name>AppArguments</name>
    <message>
        <source>{message} (see: python main.py --help)</source>
        <translation>{message} (참고: python main.py --help)</translation>
    </message>
    <message>
        <source>Open Block Studio, optionally on a project file.</source>
        <translation>블록 스튜디오를 엽니다. 프로젝트 파일을 함께 열 수도 있습니다.</translation>
    </message>
    <message>
        <source>a Block Studio project file to open</source>
        <translation>열 블록 스튜디오 프로젝트 파일</translation>
    </message>
    <message>
        <source>expected at most one project file, got {count}: {files}</source>
        <translation>프로젝트 파일은 하나까지만 열 수 있는데 {count}개를 받았습니다: {files}</translation>
    </message>
    <message>
        <source>the project file name is empty</source>
        <translation>프로젝트 파일 이름이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>omitted (teaching: instantiation fails)</source>
        <translation>생략 (학습용 예시: 인스턴스 생성이 실패합니다)</translation>
    </message>
    <message>
        <source>input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W), not {value!r}</source>
        <translation>입력 모양은 숫자 2개 (N, F) 또는 4개 (N, C, H, W)여야 하는데 {value!r}입니다</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{option} needs a language: {known}</source>
        <translation>{option} 옵션에는 언어가 필요합니다: {known}</translation>
    </message>
    <message>
        <source>{option} {value!r} is not a language Block Studio has; use one of: {known}</source>
        <translation>{option} {value!r}은(는) 블록 스튜디오가 지원하는 언어가 아닙니다. 다음 중 하나를 쓰세요: {known}</translation>
    </message>
    <message>
        <source>{message} (see: python main.py {command}--help)</source>
        <translation>{message} (참고: python main.py {command}--help)</translation>
    </message>
    <message>
        <source>Block Studio: build nn.Module blocks and see their code. Without a command, `python main.py [FILE.json]` opens the app.</source>
        <translation>블록 스튜디오: nn.Module 블록을 만들고 그 코드를 봅니다. 명령 없이 `python main.py [FILE.json]`을 실행하면 앱이 열립니다.</translation>
    </message>
    <message>
        <source>print or write the generated Python source</source>
        <translation>생성된 Python 소스를 출력하거나 파일로 씁니다</translation>
    </message>
    <message>
        <source>a Block Studio project file (.json)</source>
        <translation>블록 스튜디오 프로젝트 파일 (.json)</translation>
    </message>
    <message>
        <source>write the source here instead of printing it</source>
        <translation>소스를 화면에 출력하지 않고 이 파일에 씁니다</translation>
    </message>
    <message>
        <source>write the source of an invalid block anyway (with a warning)</source>
        <translation>올바르지 않은 블록이라도 소스를 씁니다 (경고와 함께)</translation>
    </message>
    <message>
        <source>language of the generated docstrings and comments (the code itself stays English; default: en)</source>
        <translation>생성된 코드의 독스트링과 주석 언어 (코드 자체는 영어로 남습니다. 기본값: en)</translation>
    </message>
    <message>
        <source>print the per-layer shape/params/mult-adds table</source>
        <translation>레이어별 모양/매개변수/곱셈-덧셈 표를 출력합니다</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>기계가 읽기 쉬운 형식(JSON)으로 출력합니다</translation>
    </message>
    <message>
        <source>-o needs a file name, got an empty one</source>
        <translation>-o에는 파일 이름이 필요한데 빈 이름을 받았습니다</translation>
    </message>
    <message>
        <source>{file}: {error} (export --force writes the source anyway)</source>
        <translation>{file}: {error} (export --force로 내보내기를 하면 소스를 그래도 씁니다)</translation>
    </message>
    <message>
        <source>{file}: {error}; the source is written anyway (--force)</source>
        <translation>{file}: {error}; 그래도 소스를 씁니다 (--force)</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for -o</source>
        <translation>{path}은(는) 폴더입니다. -o에는 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>{path} is the project file itself; writing the source there would replace it</source>
        <translation>{path}은(는) 프로젝트 파일 자체입니다. 그곳에 소스를 쓰면 프로젝트 파일이 덮어쓰입니다</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>run the block and time each layer on a device</source>
        <translation>블록을 실행하고 장치에서 각 레이어의 시간을 잽니다</translation>
    </message>
    <message>
        <source>cpu (default), cuda, cuda:N or mps</source>
        <translation>cpu (기본값), cuda, cuda:N 또는 mps</translation>
    </message>
    <message>
        <source>CPU threads (default: torch&apos;s)</source>
        <translation>CPU 스레드 수 (기본값: torch의 설정)</translation>
    </message>
    <message>
        <source>timed runs per layer, at least (10)</source>
        <translation>레이어마다 시간을 재는 실행 횟수의 최솟값 (10)</translation>
    </message>
    <message>
        <source>{flag} must be a whole number, got {text!r}</source>
        <translation>{flag}은(는) 정수여야 하는데 {text!r}을(를) 받았습니다</translation>
    </message>
    <message>
        <source>{flag} must be from 1 to {high:,} (the most it allows), got {value:,}</source>
        <translation>{flag}은(는) 1부터 {high:,}(허용되는 최댓값)까지여야 하는데 {value:,}을(를) 받았습니다</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>unknown problem</source>
        <translation>알 수 없는 문제</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>중단되었습니다 (Ctrl+C)</translation>
    </message>
    <message>
        <source>the input is nested too deeply to read</source>
        <translation>입력이 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>out of memory reading the input</source>
        <translation>입력을 읽다가 메모리가 부족해졌습니다</translation>
    </message>
    <message>
        <source>a number in the input has more than 4,300 digits; no layer size is that large</source>
        <translation>입력의 어떤 수가 4,300자리를 넘습니다. 그렇게 큰 레이어 크기는 없습니다</translation>
    </message>
    <message>
        <source>internal error, please report it: {type}: {problem}</source>
        <translation>내부 오류입니다. 알려 주세요: {type}: {problem}</translation>
    </message>
    <message>
        <source>cannot write the output: {reason}</source>
        <translation>출력을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>standard output is closed (write to a file with -o)</source>
        <translation>표준 출력이 닫혀 있습니다 (-o로 파일에 쓰세요)</translation>
    </message>
</context>
<context>
    <name>Codegen</name>
    <message>
        <source>module {name}</source>
        <translation>모듈 {name}</translation>
    </message>
    <message>
        <source>step {number} {kind}</source>
        <translation>{number}단계 {kind}</translation>
    </message>
    <message>
        <source>{where}: a {target} step holds exactly one parameter, shape</source>
        <translation>{where}: {target} 단계에는 매개변수가 shape(모양) 하나뿐이어야 합니다</translation>
    </message>
    <message>
        <source>{where} {kind}: no parameter {param!r} to promote</source>
        <translation>{where} {kind}: 인자로 올릴 매개변수 {param!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>step {number} calls self.{target}, which is not registered</source>
        <translation>{number}단계가 self.{target}을(를) 호출하지만 등록되지 않았습니다</translation>
    </message>
    <message>
        <source>the source defines no class {name}</source>
        <translation>소스에 {name} 클래스가 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{value} is not a usable parameter value</source>
        <translation>{value}은(는) 쓸 수 있는 매개변수 값이 아닙니다</translation>
    </message>
    <message>
        <source>layer {number} {kind}</source>
        <translation>{number}번 레이어 {kind}</translation>
    </message>
    <message>
        <source>{where}: no parameter {param!r}</source>
        <translation>{where}: {param!r} 매개변수가 없습니다</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>dtype {name!r} is not one of {names}</source>
        <translation>dtype {name!r}은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>device {device!r} is not one of cpu, cuda, cuda:N, mps</source>
        <translation>장치 {device!r}은(는) cpu, cuda, cuda:N, mps 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>this torch build has no CUDA support</source>
        <translation>이 torch 빌드는 CUDA를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>torch finds no CUDA device or driver</source>
        <translation>torch가 CUDA 장치나 드라이버를 찾지 못합니다</translation>
    </message>
    <message>
        <source>there are {count} CUDA device(s), numbered from 0</source>
        <translation>CUDA 장치가 {count}개 있고, 번호는 0부터 시작합니다</translation>
    </message>
    <message>
        <source>device {device} is not available: {why} (available: {have})</source>
        <translation>장치 {device}을(를) 쓸 수 없습니다: {why} (쓸 수 있는 장치: {have})</translation>
    </message>
    <message>
        <source>device mps is not available: it needs an Apple-silicon Mac (available: {have})</source>
        <translation>장치 mps를 쓸 수 없습니다: Apple 실리콘 Mac이 필요합니다 (쓸 수 있는 장치: {have})</translation>
    </message>
    <message>
        <source>device {device} is not available (available: {have})</source>
        <translation>장치 {device}을(를) 쓸 수 없습니다 (쓸 수 있는 장치: {have})</translation>
    </message>
    <message>
        <source>{device} does not run {dtype}; choose one of {dtypes}</source>
        <translation>{device}에서는 {dtype}을(를) 실행할 수 없습니다. {dtypes} 중 하나를 고르세요</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>ConvBlock (the seed: conv - batchnorm - relu - maxpool)</source>
        <translation>ConvBlock (처음 예제: 합성곱 - 배치 정규화 - ReLU - 최대 풀링)</translation>
    </message>
    <message>
        <source>VGG double conv</source>
        <translation>VGG 이중 합성곱</translation>
    </message>
    <message>
        <source>ResNet stem (conv7 - bn - relu - maxpool)</source>
        <translation>ResNet 스템 (7x7 합성곱 - 배치 정규화 - ReLU - 최대 풀링)</translation>
    </message>
    <message>
        <source>LeNet-5 feature extractor</source>
        <translation>LeNet-5 특징 추출기</translation>
    </message>
    <message>
        <source>ResNet BasicBlock (residual add)</source>
        <translation>ResNet BasicBlock (잔차 덧셈)</translation>
    </message>
    <message>
        <source>ResNet BasicBlock with downsample (stride 2, 1x1 projection)</source>
        <translation>다운샘플이 있는 ResNet BasicBlock (stride 2, 1x1 사영)</translation>
    </message>
    <message>
        <source>ResNet Bottleneck (1x1 - 3x3 - 1x1, residual add)</source>
        <translation>ResNet Bottleneck (1x1 - 3x3 - 1x1, 잔차 덧셈)</translation>
    </message>
    <message>
        <source>DenseNet layer (BN-ReLU-Conv, concatenated to its input)</source>
        <translation>DenseNet 레이어 (BN-ReLU-Conv, 입력에 이어 붙임)</translation>
    </message>
    <message>
        <source>The PyTorch tutorial&apos;s Net (F.relu, F.max_pool2d, torch.flatten)</source>
        <translation>PyTorch 튜토리얼의 Net (F.relu, F.max_pool2d, torch.flatten)</translation>
    </message>
</context>
<context>
    <name>GeneratedCode</name>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>Registers {names}; forward has {count} step.</source>
        <translation>{names}을(를) 등록합니다. forward는 {count}단계입니다.</translation>
    </message>
    <message>
        <source>Registers {names}; forward has {count} steps.</source>
        <translation>{names}을(를) 등록합니다. forward는 {count}단계입니다.</translation>
    </message>
    <message>
        <source>No layers yet: the input passes through unchanged</source>
        <translation>아직 레이어가 없습니다: 입력이 그대로 지나갑니다</translation>
    </message>
    <message>
        <source>Input ({shape}).</source>
        <translation>입력 ({shape}).</translation>
    </message>
    <message>
        <source>Input ({shape}) -&gt; output ({output}), {count:,} parameters.</source>
        <translation>입력 ({shape}) -&gt; 출력 ({output}), 매개변수 {count:,}개.</translation>
    </message>
</context>
<context>
    <name>GraphAnalysis</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}~{high}개</translation>
    </message>
    <message>
        <source>reads {count} value(s), but takes {wanted}</source>
        <translation>값 {count}개를 읽지만, 받는 값은 {wanted}개입니다</translation>
    </message>
    <message>
        <source>reads a value that no earlier step computes (forward runs top to bottom)</source>
        <translation>앞 단계 중 어디에서도 계산하지 않는 값을 읽습니다 (forward는 위에서 아래로 실행됩니다)</translation>
    </message>
    <message>
        <source>calls self.{target}, which __init__ does not register</source>
        <translation>self.{target}을(를) 호출하지만 __init__에서 등록하지 않았습니다</translation>
    </message>
    <message>
        <source>self.{name} was built for {built} input channels by its first call (step {step}), but here gets {size}: one module has one set of weights; register another {kind} for this call</source>
        <translation>self.{name}은(는) 첫 호출({step}단계)에서 입력 채널 {built}개에 맞게 만들어졌는데 여기서는 {size}개를 받습니다. 모듈 하나에는 가중치가 한 벌뿐이니, 이 호출에는 {kind}을(를) 하나 더 등록하세요</translation>
    </message>
    <message>
        <source>self.{name} was built for {built} input features by its first call (step {step}), but here gets {size}: one module has one set of weights; register another {kind} for this call</source>
        <translation>self.{name}은(는) 첫 호출({step}단계)에서 입력 특징 {built}개에 맞게 만들어졌는데 여기서는 {size}개를 받습니다. 모듈 하나에는 가중치가 한 벌뿐이니, 이 호출에는 {kind}을(를) 하나 더 등록하세요</translation>
    </message>
    <message>
        <source>{a} and {b} cannot be added{fix}</source>
        <translation>{a}와(과) {b}은(는) 더할 수 없습니다{fix}</translation>
    </message>
    <message>
        <source>a += b cannot grow a: {a} plus {b} broadcasts to {out}</source>
        <translation>a += b는 a를 키울 수 없습니다: {a}에 {b}을(를) 더하면 {out}(으)로 브로드캐스트됩니다</translation>
    </message>
    <message>
        <source>; the skip path needs a 1x1 Conv2d with stride {stride} and {channels} channels</source>
        <translation>. 건너뛰기 경로에 stride {stride}, 채널 {channels}개의 1x1 합성곱 (Conv2d)이 필요합니다</translation>
    </message>
    <message>
        <source>; the skip path needs a 1x1 Conv2d and {channels} channels</source>
        <translation>. 건너뛰기 경로에 채널 {channels}개의 1x1 합성곱 (Conv2d)이 필요합니다</translation>
    </message>
    <message>
        <source>dim {dim} does not exist in a {rank}-D input {shape}</source>
        <translation>{rank}차원 입력 {shape}에는 dim {dim}이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot join {a} and {b}: different ranks</source>
        <translation>{a}와(과) {b}을(를) 이어 붙일 수 없습니다: 차원 수가 다릅니다</translation>
    </message>
    <message>
        <source>cannot join {a} and {b} along dim {dim}: dimension {i} differs ({x} and {y}), and only dim {dim} may</source>
        <translation>{a}와(과) {b}을(를) dim {dim} 방향으로 이어 붙일 수 없습니다: {i}번 차원이 다른데 ({x}와(과) {y}), 달라도 되는 것은 dim {dim}뿐입니다</translation>
    </message>
    <message>
        <source>x.size({i}) does not exist in a {rank}-D input {shape}</source>
        <translation>{rank}차원 입력 {shape}에는 x.size({i})가 없습니다</translation>
    </message>
    <message>
        <source>cannot {method} {shape} ({total:,} values) as {wanted}: {total:,} is not a multiple of {known:,}</source>
        <translation>{shape} (값 {total:,}개)를 {wanted}(으)로 {method}할 수 없습니다: {total:,}은(는) {known:,}의 배수가 아닙니다</translation>
    </message>
    <message>
        <source>cannot {method} {shape} ({total:,} values) as {wanted} ({known:,} values)</source>
        <translation>{shape} (값 {total:,}개)를 {wanted} (값 {known:,}개)(으)로 {method}할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>GraphEdits</name>
    <message>
        <source>a flat block has no steps: convert it with as_graph() first</source>
        <translation>평면 블록에는 단계가 없습니다. 먼저 as_graph()로 변환하세요</translation>
    </message>
    <message>
        <source>a &quot;{container}&quot; block loops in forward; it has no graph form</source>
        <translation>&quot;{container}&quot; 블록은 forward에서 반복문을 돌기 때문에 그래프 형태가 없습니다</translation>
    </message>
</context>
<context>
    <name>LayerKind</name>
    <message>
        <source>Slides out_channels learned filters over the input; each output channel sums over all input channels.</source>
        <translation>학습된 필터 out_channels개를 입력 위로 밀면서 적용합니다. 각 출력 채널은 모든 입력 채널에 걸친 합입니다.</translation>
    </message>
    <message>
        <source>Normalises each channel to zero mean and unit variance, then scales and shifts it with learned values.</source>
        <translation>각 채널을 평균 0, 분산 1로 정규화한 뒤, 학습된 값으로 크기를 조절하고 이동합니다.</translation>
    </message>
    <message>
        <source>output size = input size</source>
        <translation>출력 크기 = 입력 크기</translation>
    </message>
    <message>
        <source>Keeps positive values and sets negative ones to zero: max(0, x).</source>
        <translation>양수는 그대로 두고 음수는 0으로 만듭니다: max(0, x).</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window, shrinking height and width.</source>
        <translation>각 윈도우에서 가장 큰 값만 남겨 높이와 너비를 줄입니다.</translation>
    </message>
    <message>
        <source>H_out = floor((H + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1) (stride defaults to kernel_size)</source>
        <translation>H_out = floor((H + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1) (stride를 주지 않으면 kernel_size와 같습니다)</translation>
    </message>
    <message>
        <source>Averages each window, shrinking height and width.</source>
        <translation>각 윈도우의 평균을 구해 높이와 너비를 줄입니다.</translation>
    </message>
    <message>
        <source>H_out = floor((H + 2*padding - kernel_size) / stride + 1) (stride defaults to kernel_size)</source>
        <translation>H_out = floor((H + 2*padding - kernel_size) / stride + 1) (stride를 주지 않으면 kernel_size와 같습니다)</translation>
    </message>
    <message>
        <source>Multiplies the last dimension by a learned weight matrix and adds a bias: every output feature sees every input feature.</source>
        <translation>마지막 차원에 학습된 가중치 행렬을 곱하고 편향을 더합니다. 모든 출력 특징이 모든 입력 특징을 봅니다.</translation>
    </message>
    <message>
        <source>output = input with its last dimension replaced by out_features</source>
        <translation>출력 = 마지막 차원을 out_features로 바꾼 입력</translation>
    </message>
    <message>
        <source>Joins dimensions start_dim..end_dim into one, e.g. (N, C, H, W) -&gt; (N, C*H*W) before a Linear layer.</source>
        <translation>start_dim..end_dim 차원을 하나로 합칩니다. 예를 들어 선형 (Linear) 레이어 앞에서 (N, C, H, W) -&gt; (N, C*H*W)로 만듭니다.</translation>
    </message>
    <message>
        <source>output dimension = product of input dimensions start_dim..end_dim</source>
        <translation>출력 차원 = 입력 차원 start_dim..end_dim의 곱</translation>
    </message>
    <message>
        <source>In train mode zeroes each value with probability p and scales the rest by 1/(1-p); in eval mode does nothing.</source>
        <translation>학습 모드에서는 각 값을 확률 p로 0으로 만들고 나머지에 1/(1-p)를 곱합니다. 평가 모드에서는 아무 일도 하지 않습니다.</translation>
    </message>
    <message>
        <source>In train mode zeroes whole channels with probability p (scaling the rest); in eval mode does nothing.</source>
        <translation>학습 모드에서는 채널 전체를 확률 p로 0으로 만듭니다 (나머지는 크기를 키웁니다). 평가 모드에서는 아무 일도 하지 않습니다.</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are scaled by negative_slope instead of zeroed.</source>
        <translation>ReLU와 비슷하지만, 음수를 0으로 만들지 않고 negative_slope를 곱합니다.</translation>
    </message>
    <message>
        <source>A smooth ReLU used in transformers: x times the Gaussian probability that a value is below x.</source>
        <translation>트랜스포머에서 쓰는 부드러운 ReLU입니다: x에 어떤 값이 x보다 작을 가우스 확률을 곱합니다.</translation>
    </message>
    <message>
        <source>x * sigmoid(x) (also called swish): smooth, lets small negatives through.</source>
        <translation>x * sigmoid(x) (swish라고도 합니다): 부드럽고, 작은 음수는 통과시킵니다.</translation>
    </message>
    <message>
        <source>Squashes every value into (0, 1) with 1 / (1 + exp(-x)).</source>
        <translation>1 / (1 + exp(-x))로 모든 값을 (0, 1) 사이로 눌러 담습니다.</translation>
    </message>
    <message>
        <source>Averages over windows chosen so the output has exactly output_size, whatever the input size.</source>
        <translation>입력 크기와 상관없이 출력이 정확히 output_size가 되도록 고른 윈도우마다 평균을 구합니다.</translation>
    </message>
    <message>
        <source>H_out, W_out = output_size (the windows adapt to the input)</source>
        <translation>H_out, W_out = output_size (윈도우가 입력에 맞춰집니다)</translation>
    </message>
    <message>
        <source>Squashes every value into (-1, 1) with the hyperbolic tangent.</source>
        <translation>쌍곡탄젠트로 모든 값을 (-1, 1) 사이로 눌러 담습니다.</translation>
    </message>
    <message>
        <source>Returns its input unchanged: a placeholder, e.g. the skip path of a residual block without projection.</source>
        <translation>입력을 그대로 돌려줍니다. 자리 표시용이며, 예를 들어 사영 없는 잔차 블록의 건너뛰기 경로에 씁니다.</translation>
    </message>
    <message>
        <source>output = input</source>
        <translation>출력 = 입력</translation>
    </message>
    <message>
        <source>Turns the values along dim into probabilities: exp(x) / sum(exp(x)), so they are positive and sum to 1.</source>
        <translation>dim 방향의 값을 확률로 바꿉니다: exp(x) / sum(exp(x)). 그래서 모두 양수이고 합이 1입니다.</translation>
    </message>
    <message>
        <source>The logarithm of Softmax along dim, computed stably; pairs with nn.NLLLoss for classification.</source>
        <translation>dim 방향 Softmax의 로그를 수치적으로 안정하게 계산합니다. 분류에서는 nn.NLLLoss와 함께 씁니다.</translation>
    </message>
    <message>
        <source>Enlarges height and width by repeating (nearest) or interpolating (bilinear) values; nothing is learned.</source>
        <translation>값을 반복하거나(nearest) 보간해서(bilinear) 높이와 너비를 키웁니다. 학습하는 것은 없습니다.</translation>
    </message>
    <message>
        <source>H_out = floor(H * scale_factor), or H_out = size</source>
        <translation>H_out = floor(H * scale_factor), 또는 H_out = size</translation>
    </message>
    <message>
        <source>The transpose of Conv2d: spreads each input value over a learned filter, enlarging height and width.</source>
        <translation>합성곱 (Conv2d)의 전치입니다: 각 입력 값을 학습된 필터 위로 퍼뜨려 높이와 너비를 키웁니다.</translation>
    </message>
</context>
<context>
    <name>LayerParams</name>
    <message>
        <source>number of filters = output channels</source>
        <translation>필터 개수 = 출력 채널 수</translation>
    </message>
    <message>
        <source>filter height and width</source>
        <translation>필터의 높이와 너비</translation>
    </message>
    <message>
        <source>step between filter positions</source>
        <translation>필터 위치 사이의 간격</translation>
    </message>
    <message>
        <source>pixels added on each side, or &quot;same&quot; (output size = input size) / &quot;valid&quot; (none)</source>
        <translation>각 가장자리에 더할 픽셀 수, 또는 &quot;same&quot; (출력 크기 = 입력 크기) / &quot;valid&quot; (없음)</translation>
    </message>
    <message>
        <source>spacing between filter taps</source>
        <translation>필터 탭 사이의 간격</translation>
    </message>
    <message>
        <source>split channels into independent groups</source>
        <translation>채널을 서로 독립인 그룹으로 나눕니다</translation>
    </message>
    <message>
        <source>learn one offset per output channel</source>
        <translation>출력 채널마다 오프셋(편향)을 하나씩 학습합니다</translation>
    </message>
    <message>
        <source>what the padding pixels hold</source>
        <translation>패딩 픽셀에 들어갈 값</translation>
    </message>
    <message>
        <source>added to the variance for stability</source>
        <translation>안정성을 위해 분산에 더하는 값</translation>
    </message>
    <message>
        <source>weight of the newest batch in the running statistics (null: plain average)</source>
        <translation>이동 통계에서 최신 배치의 가중치 (null: 단순 평균)</translation>
    </message>
    <message>
        <source>learn a scale (weight) and shift (bias) per channel</source>
        <translation>채널마다 크기(가중치, weight)와 이동(편향, bias)을 학습합니다</translation>
    </message>
    <message>
        <source>keep running mean and variance for eval mode</source>
        <translation>평가 모드를 위해 이동 평균과 이동 분산을 유지합니다</translation>
    </message>
    <message>
        <source>overwrite the input instead of allocating the output</source>
        <translation>출력을 새로 할당하지 않고 입력을 덮어씁니다</translation>
    </message>
    <message>
        <source>window height and width</source>
        <translation>윈도우의 높이와 너비</translation>
    </message>
    <message>
        <source>step between windows (null: same as kernel_size)</source>
        <translation>윈도우 사이의 간격 (null: kernel_size와 같음)</translation>
    </message>
    <message>
        <source>pixels added on each side (at most half the window)</source>
        <translation>각 가장자리에 더할 픽셀 수 (최대 윈도우의 절반)</translation>
    </message>
    <message>
        <source>spacing between window taps</source>
        <translation>윈도우 탭 사이의 간격</translation>
    </message>
    <message>
        <source>round the output size up instead of down</source>
        <translation>출력 크기를 내림 대신 올림으로 계산합니다</translation>
    </message>
    <message>
        <source>count padding zeros in the average</source>
        <translation>평균에 패딩의 0도 셉니다</translation>
    </message>
    <message>
        <source>number of output features</source>
        <translation>출력 특징 수</translation>
    </message>
    <message>
        <source>learn one offset per output feature</source>
        <translation>출력 특징마다 오프셋(편향)을 하나씩 학습합니다</translation>
    </message>
    <message>
        <source>first dimension to join (0 is the batch)</source>
        <translation>합칠 첫 차원 (0은 배치)</translation>
    </message>
    <message>
        <source>last dimension to join (-1: the last)</source>
        <translation>합칠 마지막 차원 (-1: 맨 마지막)</translation>
    </message>
    <message>
        <source>probability of zeroing (train mode only)</source>
        <translation>0으로 만들 확률 (학습 모드에서만)</translation>
    </message>
    <message>
        <source>slope for negative inputs</source>
        <translation>음수 입력에 곱하는 기울기 값</translation>
    </message>
    <message>
        <source>exact, or the faster tanh approximation</source>
        <translation>정확한 계산, 또는 더 빠른 tanh 근사</translation>
    </message>
    <message>
        <source>output height and width</source>
        <translation>출력의 높이와 너비</translation>
    </message>
    <message>
        <source>the dimension whose values sum to 1 (1: the channels or features)</source>
        <translation>값의 합이 1이 되는 차원 (1: 채널 또는 특징)</translation>
    </message>
    <message>
        <source>output height and width (null: use scale_factor)</source>
        <translation>출력의 높이와 너비 (null: scale_factor 사용)</translation>
    </message>
    <message>
        <source>multiplier for height and width (null: use size)</source>
        <translation>높이와 너비에 곱할 배수 (null: size 사용)</translation>
    </message>
    <message>
        <source>how new pixels are filled</source>
        <translation>새 픽셀을 채우는 방법</translation>
    </message>
    <message>
        <source>number of output channels</source>
        <translation>출력 채널 수</translation>
    </message>
    <message>
        <source>how far apart the input values land in the output</source>
        <translation>입력 값들이 출력에서 얼마나 떨어져 놓이는지</translation>
    </message>
    <message>
        <source>pixels removed from each side of the output</source>
        <translation>출력의 각 가장자리에서 뺄 픽셀 수</translation>
    </message>
    <message>
        <source>pixels added to one side of the output (smaller than stride)</source>
        <translation>출력의 한쪽 가장자리에 더할 픽셀 수 (stride보다 작아야 함)</translation>
    </message>
    <message>
        <source>write `a += b` (changes a&apos;s tensor)</source>
        <translation>`a += b`로 씁니다 (a의 텐서가 바뀝니다)</translation>
    </message>
    <message>
        <source>the dimension the tensors are joined along</source>
        <translation>텐서들을 이어 붙일 차원</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>{total}: {weights} of weights, {activations} of activations and copies</source>
        <translation>{total}: 가중치 {weights}, 활성화와 복사본 {activations}</translation>
    </message>
    <message>
        <source>this run needs about {need}; the limit is {limit}; reduce the batch, the input size {shape} or the layer sizes</source>
        <translation>이 실행에는 약 {need}이(가) 필요합니다. 한도는 {limit}입니다. 배치, 입력 크기 {shape} 또는 레이어 크기를 줄이세요</translation>
    </message>
    <message>
        <source>this run needs about {need}; {free} of memory is free and the limit is {limit}; reduce the batch, the input size {shape} or the layer sizes</source>
        <translation>이 실행에는 약 {need}이(가) 필요합니다. 남은 메모리는 {free}이고 한도는 {limit}입니다. 배치, 입력 크기 {shape} 또는 레이어 크기를 줄이세요</translation>
    </message>
</context>
<context>
    <name>NameProblem</name>
    <message>
        <source>argument name</source>
        <translation>인자 이름</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>module name</source>
        <translation>모듈 이름</translation>
    </message>
    <message>
        <source>variable name</source>
        <translation>변수 이름</translation>
    </message>
    <message>
        <source>name in a keyed Sequential</source>
        <translation>이름 있는 Sequential 안의 이름</translation>
    </message>
    <message>
        <source>{what} must be a non-empty name</source>
        <translation>{what}은(는) 비어 있지 않은 이름이어야 합니다</translation>
    </message>
    <message>
        <source>{what} {start}... is longer than 64 characters</source>
        <translation>{what} {start}...은(는) 64자보다 깁니다</translation>
    </message>
    <message>
        <source>{what} {name!r} is not a Python identifier (letters, digits and _, not starting with a digit)</source>
        <translation>{what} {name!r}은(는) Python 식별자가 아닙니다 (글자, 숫자와 _만 쓰고, 숫자로 시작하지 않아야 합니다)</translation>
    </message>
    <message>
        <source>{what} {name!r} is a Python keyword</source>
        <translation>{what} {name!r}은(는) Python 키워드입니다</translation>
    </message>
    <message>
        <source>{what} {name!r} is reserved in the generated code</source>
        <translation>{what} {name!r}은(는) 생성된 코드에서 이미 쓰는 이름입니다</translation>
    </message>
    <message>
        <source>{what} {name!r} is taken by nn.Module itself (names starting with _ are its internals)</source>
        <translation>{what} {name!r}은(는) nn.Module 자체가 쓰는 이름입니다 (_로 시작하는 이름은 내부용입니다)</translation>
    </message>
</context>
<context>
    <name>ParamSpec</name>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true 또는 false여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected &quot;same&quot;, &quot;valid&quot; or a number, got {value}</source>
        <translation>&quot;same&quot;, &quot;valid&quot; 또는 수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected one of {options}, got {value}</source>
        <translation>{options} 중 하나여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a whole number from {low:g} to {high:g}, got {value}</source>
        <translation>{low:g}부터 {high:g}까지의 정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a number or a pair [height, width], got {count} values</source>
        <translation>수 하나 또는 [높이, 너비] 쌍이어야 하는데 값이 {count}개입니다</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>{low:g}부터 {high:g}까지의 수여야 하는데 {value!r}입니다</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Comments in generated code:</source>
        <translation>생성된 코드의 주석(&amp;C):</translation>
    </message>
    <message>
        <source>Generated code itself stays in English, as PyTorch is written; only its docstrings and comments follow this choice.</source>
        <translation>생성된 코드 자체는 PyTorch가 쓰이는 대로 영어로 남습니다. 독스트링과 주석만 이 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>중앙값 ms</translation>
    </message>
    <message>
        <source>IQR ms</source>
        <translation>IQR ms</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 횟수</translation>
    </message>
    <message>
        <source>First call ms</source>
        <translation>첫 호출 ms</translation>
    </message>
    <message>
        <source>whole block</source>
        <translation>블록 전체</translation>
    </message>
</context>
<context>
    <name>Profiler</name>
    <message>
        <source>whole forward, first call</source>
        <translation>forward 전체, 첫 호출</translation>
    </message>
    <message>
        <source>timing step {number} {kind}</source>
        <translation>{number}단계 {kind} 시간 측정 중</translation>
    </message>
    <message>
        <source>timing the whole forward</source>
        <translation>forward 전체 시간 측정 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>step {number} {kind}: {problem}</source>
        <translation>{number}단계 {kind}: {problem}</translation>
    </message>
    <message>
        <source>{name} on {device} ({device_name}), {threads} threads, {dtype}, batch {batch}, {mode} mode, {runs}+ runs per layer, input {input}</source>
        <translation>{name}, 장치 {device} ({device_name}), 스레드 {threads}개, {dtype}, 배치 {batch}, {mode} 모드, 레이어마다 {runs}회 이상 실행, 입력: {input}</translation>
    </message>
    <message>
        <source>out of memory on {device} ({problem}); use a smaller batch or input size</source>
        <translation>{device}에서 메모리가 부족합니다 ({problem}). 배치나 입력 크기를 줄이세요</translation>
    </message>
    <message>
        <source>{device} failed: {type}: {problem}</source>
        <translation>{device}에서 실패했습니다: {type}: {problem}</translation>
    </message>
    <message>
        <source>the generated class holds {count} layers, the block {block_count}</source>
        <translation>생성된 클래스에는 레이어가 {count}개 있는데, 블록에는 {block_count}개 있습니다</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>첫 호출</translation>
    </message>
    <message>
        <source>capturing activations</source>
        <translation>활성화 수집 중</translation>
    </message>
    <message>
        <source>timing layer {number} {kind}</source>
        <translation>{number}번 레이어 {kind} 시간 측정 중</translation>
    </message>
    <message>
        <source>layer {number} {kind}: in train mode BatchNorm computes statistics over the batch and needs more than 1 value per channel, but its input {size} has 1; switch to eval mode or use a larger batch or image</source>
        <translation>{number}번 레이어 {kind}: 학습 모드에서 배치 정규화 (BatchNorm)는 배치 전체의 통계를 계산하므로 채널마다 값이 2개 이상 필요한데, 입력 {size}에는 1개뿐입니다. 평가 모드로 바꾸거나 더 큰 배치나 이미지를 쓰세요</translation>
    </message>
    <message>
        <source>layer {number} {kind}: torch has no {dtype} version of this layer on {device} ({problem}); choose float32</source>
        <translation>{number}번 레이어 {kind}: torch에는 {device}에서 이 레이어의 {dtype} 버전이 없습니다 ({problem}). float32를 고르세요</translation>
    </message>
    <message>
        <source>layer {number} {kind}: {problem}</source>
        <translation>{number}번 레이어 {kind}: {problem}</translation>
    </message>
    <message>
        <source>moving {name} to {device} ({dtype})</source>
        <translation>{name}을(를) {device}(으)로 옮기는 중 ({dtype})</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>expected a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>{count:,} modules; a block holds at most {limit:,}</source>
        <translation>모듈이 {count:,}개입니다. 블록에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>members of an unkeyed Sequential are numbered (no &quot;name&quot;)</source>
        <translation>이름 없는 Sequential의 구성원은 번호로 불립니다 (&quot;name&quot; 없음)</translation>
    </message>
    <message>
        <source>{count:,} steps; forward holds at most {limit:,}</source>
        <translation>단계가 {count:,}개입니다. forward에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>expected one of {choices}</source>
        <translation>다음 중 하나여야 합니다: {choices}</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>unknown function (known: {known})</source>
        <translation>알 수 없는 함수입니다 (알려진 함수: {known})</translation>
    </message>
    <message>
        <source>unknown method (known: {known})</source>
        <translation>알 수 없는 메서드입니다 (알려진 메서드: {known})</translation>
    </message>
    <message>
        <source>an assign step has no target</source>
        <translation>assign 단계에는 target이 없습니다</translation>
    </message>
    <message>
        <source>expected a list of 1 to {most} value positions</source>
        <translation>값 위치 1개에서 {most}개까지의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>expected 0 (forward&apos;s x) or a step number from 1 to {count}</source>
        <translation>0 (forward의 x) 또는 1부터 {count}까지의 단계 번호여야 합니다</translation>
    </message>
    <message>
        <source>step {number} reads a value that no step computes; connect it before saving</source>
        <translation>{number}단계가 어떤 단계도 계산하지 않는 값을 읽습니다. 저장하기 전에 연결하세요</translation>
    </message>
    <message>
        <source>a block holds at most {limit:,} layers; this would make {count:,}</source>
        <translation>블록에는 레이어가 최대 {limit:,}개까지 들어가는데 이렇게 하면 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>forward holds at most {limit:,} steps; this would make {count:,}</source>
        <translation>forward에는 단계가 최대 {limit:,}개까지 들어가는데 이렇게 하면 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; a project file is at most {limit:,}</source>
        <translation>파일이 {size:,}바이트입니다. 프로젝트 파일은 최대 {limit:,}바이트입니다</translation>
    </message>
    <message>
        <source>the file holds more than {limit:,} bytes, the most a project file can</source>
        <translation>파일이 프로젝트 파일의 최대 크기인 {limit:,}바이트보다 큽니다</translation>
    </message>
    <message>
        <source>a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>UTF-8 텍스트가 아닙니다 (오프셋 {offset}에 잘못된 바이트)</translation>
    </message>
    <message>
        <source>this key appears twice in one object</source>
        <translation>이 키가 한 객체 안에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>a {count:,}-digit number is far too large</source>
        <translation>{count:,}자리 수는 너무 큽니다</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number}은(는) 너무 큰 수입니다</translation>
    </message>
    <message>
        <source>{name} is not a number a project file may hold</source>
        <translation>{name}은(는) 프로젝트 파일에 넣을 수 있는 수가 아닙니다</translation>
    </message>
    <message>
        <source>broken JSON at line {line} column {column}: {problem}</source>
        <translation>{line}번째 줄 {column}번째 열의 JSON이 깨졌습니다: {problem}</translation>
    </message>
    <message>
        <source>JSON nested too deeply to be a project file</source>
        <translation>JSON이 너무 깊게 중첩되어 있어 프로젝트 파일일 수 없습니다</translation>
    </message>
    <message>
        <source>expected an object, got {type}</source>
        <translation>객체여야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>unknown key {key} (allowed: {allowed})</source>
        <translation>알 수 없는 키 {key} (허용되는 키: {allowed})</translation>
    </message>
    <message>
        <source>missing key {key!r}</source>
        <translation>{key!r} 키가 없습니다</translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;, got {value}</source>
        <translation>&quot;{format}&quot;이어야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>this Block Studio reads version 1 and 2 files, got {value}</source>
        <translation>이 블록 스튜디오는 버전 1과 2의 파일을 읽는데 {value}입니다</translation>
    </message>
    <message>
        <source>modules and steps need a version 2 file</source>
        <translation>modules와 steps는 버전 2 파일에만 쓸 수 있습니다 (모듈과 단계)</translation>
    </message>
    <message>
        <source>a graph block has modules and steps, not layers</source>
        <translation>그래프 블록에는 layers가 아니라 modules와 steps가 있습니다 (레이어 대신 모듈과 단계)</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a list, got {type}</source>
        <translation>목록이어야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>{count:,} layers; a block holds at most {limit:,}</source>
        <translation>레이어가 {count:,}개입니다. 블록에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>unknown layer type {value} (known: {known})</source>
        <translation>알 수 없는 레이어 종류 {value} (알려진 종류: {known})</translation>
    </message>
    <message>
        <source>{kind} needs {param}</source>
        <translation>{kind}에는 {param}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
</context>
<context>
    <name>RunInput</name>
    <message>
        <source>random normal (seed {seed})</source>
        <translation>무작위 정규분포 (시드 {seed})</translation>
    </message>
    <message>
        <source>sample image</source>
        <translation>예제 이미지</translation>
    </message>
    <message>
        <source>image {name}</source>
        <translation>이미지 {name}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>input kind {kind!r} is not one of {kinds}</source>
        <translation>입력 종류 {kind!r}은(는) {kinds} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>the {input} needs an image input (N, C, H, W), but this block&apos;s input shape is ({dims}); use random normal input, or switch the input to image (N, C, H, W)</source>
        <translation>{input}에는 이미지 입력 (N, C, H, W)이 필요한데, 이 블록의 입력 모양은 ({dims})입니다. 무작위 정규분포 입력을 쓰거나, 입력을 이미지 (N, C, H, W)로 바꾸세요</translation>
    </message>
    <message>
        <source>no image was given for the image input</source>
        <translation>이미지 입력에 이미지가 주어지지 않았습니다</translation>
    </message>
    <message>
        <source>the bundled sample image is unusable: {problem}</source>
        <translation>함께 제공되는 예제 이미지를 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: core reads pixels from .npy files; open pictures in the app&apos;s Run tab</source>
        <translation>{name}: core는 .npy 파일에서만 픽셀을 읽습니다. 그림은 앱의 실행(Run) 탭에서 여세요</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: expected uint8 pixels, found {dtype}</source>
        <translation>{name}: uint8 픽셀이어야 하는데 {dtype}입니다</translation>
    </message>
    <message>
        <source>{name}: expected 8-bit pixels, found {dtype}</source>
        <translation>{name}: 8비트 픽셀이어야 하는데 {dtype}입니다</translation>
    </message>
    <message>
        <source>{name}: expected an (H, W, C) image with 1 to 4 channels, got shape {shape}</source>
        <translation>{name}: 채널이 1~4개인 (H, W, C) 이미지여야 하는데 모양이 {shape}입니다</translation>
    </message>
</context>
<context>
    <name>SafePaths</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프 (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{kind}, not a regular file</source>
        <translation>{kind}입니다. 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
</context>
<context>
    <name>ShapeRules</name>
    <message>
        <source>a 4-D input (N, C, H, W)</source>
        <translation>4차원 입력 (N, C, H, W)</translation>
    </message>
    <message>
        <source>an image-shaped input (N, C, H, W)</source>
        <translation>이미지 모양의 입력 (N, C, H, W)</translation>
    </message>
    <message>
        <source>: features have no height and width (it cannot take an (N, F) input or follow Flatten or Linear)</source>
        <translation>. 특징에는 높이와 너비가 없습니다 ((N, F) 입력을 받거나 Flatten이나 Linear 뒤에 올 수 없습니다)</translation>
    </message>
    <message>
        <source>; it cannot follow Flatten or Linear</source>
        <translation>. Flatten이나 Linear 뒤에는 올 수 없습니다</translation>
    </message>
    <message>
        <source>{layer} needs {wanted}, but gets {shape}{why}</source>
        <translation>{layer}에는 {wanted}이(가) 필요한데 {shape}을(를) 받습니다{why}</translation>
    </message>
    <message>
        <source>groups {groups} does not divide the {channels} input channels</source>
        <translation>groups {groups}(으)로 입력 채널 {channels}개를 나누어떨어지게 나눌 수 없습니다</translation>
    </message>
    <message>
        <source>groups {groups} does not divide out_channels {channels}</source>
        <translation>groups {groups}(으)로 out_channels {channels}을(를) 나누어떨어지게 나눌 수 없습니다</translation>
    </message>
    <message>
        <source>padding &quot;same&quot; only works with stride 1 (torch refuses strided &quot;same&quot;)</source>
        <translation>padding &quot;same&quot;은 stride 1에서만 동작합니다 (torch는 stride가 있는 &quot;same&quot;을 거부합니다)</translation>
    </message>
    <message>
        <source>padding {padding} with padding_mode &quot;reflect&quot; must be smaller than the input size {size}</source>
        <translation>padding_mode &quot;reflect&quot;에서 padding {padding}은(는) 입력 크기 {size}보다 작아야 합니다</translation>
    </message>
    <message>
        <source>padding {padding} with padding_mode &quot;circular&quot; cannot exceed the input size {size}</source>
        <translation>padding_mode &quot;circular&quot;에서 padding {padding}은(는) 입력 크기 {size}보다 클 수 없습니다</translation>
    </message>
    <message>
        <source> (dilated to {size})</source>
        <translation> (팽창해서 {size})</translation>
    </message>
    <message>
        <source>kernel_size {kernel}{dilated} is larger than the padded input {size}</source>
        <translation>kernel_size {kernel}{dilated}이(가) 패딩을 더한 입력 {size}보다 큽니다</translation>
    </message>
    <message>
        <source>padding {padding} is more than half of kernel_size {kernel} (torch allows at most {most})</source>
        <translation>padding {padding}이(가) kernel_size {kernel}의 절반보다 큽니다 (torch는 최대 {most}까지 허용합니다)</translation>
    </message>
    <message>
        <source>{size} (dilated)</source>
        <translation>{size} (팽창)</translation>
    </message>
    <message>
        <source>kernel_size {kernel} is larger than the padded input {size} (output would be {output})</source>
        <translation>kernel_size {kernel}이(가) 패딩을 더한 입력 {size}보다 큽니다 (출력이 {output}이(가) 됩니다)</translation>
    </message>
    <message>
        <source>with track_running_stats off, BatchNorm2d always uses batch statistics and needs more than 1 value per channel; the input {shape} has 1</source>
        <translation>track_running_stats가 꺼져 있으면 배치 정규화 (BatchNorm2d)는 항상 배치 통계를 쓰므로 채널마다 값이 2개 이상 필요합니다. 입력 {shape}에는 1개뿐입니다</translation>
    </message>
    <message>
        <source>input {shape} has 1 value per channel: works in eval mode, but torch refuses it in train mode (batch statistics need more than 1 value)</source>
        <translation>입력 {shape}은(는) 채널마다 값이 1개입니다: 평가 모드에서는 동작하지만 학습 모드에서는 torch가 거부합니다 (배치 통계에는 값이 2개 이상 필요합니다)</translation>
    </message>
    <message>
        <source>Linear acts on the last dimension; add Flatten first?</source>
        <translation>선형 (Linear) 레이어는 마지막 차원에 작용합니다. 먼저 Flatten을 추가할까요?</translation>
    </message>
    <message>
        <source>it maps only the width {width} of {shape} to {features}. {hint}</source>
        <translation>{shape}의 너비 {width}만 {features}(으)로 바꿉니다. {hint}</translation>
    </message>
    <message>
        <source>{name} {dim} does not exist in a {rank}-D input {shape} (valid: {low} to {high})</source>
        <translation>{rank}차원 입력 {shape}에는 {name} {dim}이(가) 없습니다 (가능한 값: {low}부터 {high}까지)</translation>
    </message>
    <message>
        <source>start_dim {start} comes after end_dim {end}</source>
        <translation>start_dim {start}이(가) end_dim {end}보다 뒤에 있습니다</translation>
    </message>
    <message>
        <source>Dropout2d on a {rank}-D input drops single values, not channels; torch warns it will refuse this</source>
        <translation>{rank}차원 입력에서 Dropout2d는 채널이 아니라 값 하나하나를 버립니다. torch는 앞으로 이를 거부할 것이라고 경고합니다</translation>
    </message>
    <message>
        <source>output_padding {padding} must be smaller than the stride {stride} or the dilation {dilation}</source>
        <translation>output_padding {padding}은(는) stride {stride}이나 dilation {dilation}보다 작아야 합니다</translation>
    </message>
    <message>
        <source>padding {padding} leaves no output (it would be {size})</source>
        <translation>padding {padding} 때문에 출력이 남지 않습니다 ({size}이(가) 됩니다)</translation>
    </message>
    <message>
        <source>the output {shape} is empty: padding {padding} removes every pixel</source>
        <translation>출력 {shape}이(가) 비어 있습니다: padding {padding}이(가) 모든 픽셀을 지웁니다</translation>
    </message>
    <message>
        <source>give exactly one of size and scale_factor</source>
        <translation>size와 scale_factor 중 정확히 하나만 주세요</translation>
    </message>
    <message>
        <source>a 3-D input {shape} has one spatial size; size must be one number</source>
        <translation>3차원 입력 {shape}에는 공간 크기가 하나뿐입니다. size는 수 하나여야 합니다</translation>
    </message>
    <message>
        <source>scale_factor {scale:g} leaves no output for the input {shape}</source>
        <translation>scale_factor {scale:g}(으)로는 입력 {shape}에서 출력이 남지 않습니다</translation>
    </message>
</context>
<context>
    <name>StepEditing</name>
    <message>
        <source>select the run of cards to wrap</source>
        <translation>감쌀 카드들을 선택하세요</translation>
    </message>
    <message>
        <source>step {number} reads {count} values: a residual starts from one</source>
        <translation>{number}단계는 값 {count}개를 읽습니다. 잔차 연결은 값 하나에서 시작해야 합니다</translation>
    </message>
    <message>
        <source>the run has no shape yet (an earlier step is invalid): fix that first</source>
        <translation>선택한 단계들에 아직 모양이 없습니다 (앞 단계가 올바르지 않습니다). 그것부터 고치세요</translation>
    </message>
    <message>
        <source>Wrapped steps {first}-{last} in a residual: out = out + identity</source>
        <translation>{first}-{last}단계를 잔차 연결로 감쌌습니다: out = out + identity</translation>
    </message>
    <message>
        <source>the run turns {before} into {after}: a 1x1 conv projection needs (N, C, H, W) on both</source>
        <translation>선택한 단계들이 {before}을(를) {after}(으)로 바꿉니다. 1x1 합성곱 사영에는 양쪽 모두 (N, C, H, W)가 필요합니다</translation>
    </message>
    <message>
        <source>the run turns {before} into {after}: no 1x1 conv stride maps one onto the other</source>
        <translation>선택한 단계들이 {before}을(를) {after}(으)로 바꿉니다. 한쪽을 다른 쪽으로 옮기는 1x1 합성곱 stride가 없습니다</translation>
    </message>
    <message>
        <source>channels {before} -&gt; {after}</source>
        <translation>채널 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>resolution {before} -&gt; {after}</source>
        <translation>해상도 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>; {changes}, so the skip path got a projection: self.{name} = 1x1 Conv2d (stride {stride}) + BatchNorm2d</source>
        <translation>; {changes}(이)라서 건너뛰기 경로에 사영을 넣었습니다: self.{name} = 1x1 Conv2d (stride {stride}) + BatchNorm2d</translation>
    </message>
    <message>
        <source>; {changes}, so the skip path got a projection: self.{name} = 1x1 Conv2d + BatchNorm2d</source>
        <translation>; {changes}(이)라서 건너뛰기 경로에 사영을 넣었습니다: self.{name} = 1x1 Conv2d + BatchNorm2d</translation>
    </message>
    <message>
        <source>step {number} is not an add of two values</source>
        <translation>{number}단계는 두 값의 덧셈이 아닙니다</translation>
    </message>
    <message>
        <source>the add&apos;s inputs have no shape yet</source>
        <translation>덧셈의 입력에 아직 모양이 없습니다</translation>
    </message>
    <message>
        <source>Projected the skip path of step {number}</source>
        <translation>{number}단계의 건너뛰기 경로를 사영했습니다</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>shape must be a list of 1 to 6 sizes</source>
        <translation>shape(모양)는 크기 1개에서 6개까지의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a size must be -1, a whole number from 1 to {most:,} or &quot;size(i)&quot;, got {item!r}</source>
        <translation>크기는 -1, 1부터 {most:,}까지의 정수, 또는 &quot;size(i)&quot;여야 하는데 {item!r}입니다</translation>
    </message>
    <message>
        <source>only one size can be -1 (inferred)</source>
        <translation>-1(추론)은 크기 하나에만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>곱셈-덧셈</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>읽는 값</translation>
    </message>
    <message>
        <source>Input shape: {shape}</source>
        <translation>입력 모양: {shape}</translation>
    </message>
    <message>
        <source>Total params: {count}</source>
        <translation>전체 매개변수: {count}</translation>
    </message>
    <message>
        <source>Total mult-adds: {count} ({short})</source>
        <translation>전체 곱셈-덧셈: {count} ({short})</translation>
    </message>
    <message>
        <source>Activation memory: {size}</source>
        <translation>활성화 메모리: {size}</translation>
    </message>
</context>
<context>
    <name>TrainCli</name>
    <message>
        <source>train the block plus a classifier head on a dataset</source>
        <translation>블록에 분류 헤드를 붙여 데이터셋으로 학습합니다</translation>
    </message>
    <message>
        <source>shapes (default, built in)</source>
        <translation>shapes (기본값, 도형 모양을 담은 내장 데이터셋)</translation>
    </message>
    <message>
        <source>folder: the dataset (one subfolder per class); torchvision sets: where to download (default: the app&apos;s data folder)</source>
        <translation>folder: 데이터셋 폴더 (클래스마다 하위 폴더 하나); torchvision 데이터셋: 내려받을 위치 (기본값: 앱의 데이터 폴더)</translation>
    </message>
    <message>
        <source>learning rate ({value})</source>
        <translation>학습률 ({value})</translation>
    </message>
    <message>
        <source>print one JSON document at the end</source>
        <translation>끝에 JSON 문서 하나를 출력합니다</translation>
    </message>
    <message>
        <source>write the trained state_dict here</source>
        <translation>학습된 state_dict를 이 파일에 씁니다</translation>
    </message>
    <message>
        <source>write a plain-PyTorch script that reproduces the run</source>
        <translation>이 실행을 재현하는 순수 PyTorch 스크립트를 씁니다</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  train loss {train_loss:.4f} acc {train_acc:6.1%}  val loss {val_loss:.4f} acc {val_acc:6.1%}  {speed:,.0f} img/s  {elapsed:.1f} s</source>
        <translation>에폭 {epoch}/{epochs}  학습 손실 {train_loss:.4f} 정확도 {train_acc:6.1%}  검증 손실 {val_loss:.4f} 정확도 {val_acc:6.1%}  {speed:,.0f} img/s  {elapsed:.1f} s</translation>
    </message>
    <message>
        <source>{classifier}: {block} + head, {count:,} parameters to train</source>
        <translation>{classifier}: {block} + 헤드, 학습할 매개변수 {count:,}개</translation>
    </message>
    <message>
        <source>{dataset}, {optimizer} lr {lr}, batch {batch}</source>
        <translation>{dataset}, {optimizer} 학습률 {lr}, 배치 {batch}</translation>
    </message>
    <message>
        <source>stopped after {done} of {total} steps</source>
        <translation>전체 {total}단계 중 {done}단계 후 멈췄습니다</translation>
    </message>
    <message>
        <source>confusion matrix (rows: true class, columns: predicted):</source>
        <translation>혼동 행렬 (행: 실제 클래스, 열: 예측):</translation>
    </message>
    <message>
        <source>{flag} must be a number, got {text!r}</source>
        <translation>{flag}은(는) 수여야 하는데 {text!r}을(를) 받았습니다</translation>
    </message>
</context>
</TS>
